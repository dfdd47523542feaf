namespace Bayeux.Tests.Interop;

/// <summary>Finds the repository root (the folder holding Conformance.sln) and the pinned npm peers.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Script(string name) => System.IO.Path.Combine(Path, "Support", "Tests", "Bayeux.Tests", "Interop", name);

    /// <summary>Fails the test with the fix when node or the npm peers are missing.</summary>
    public static void RequireNodeModules(params string[] packages)
    {
        foreach (var package in packages)
        {
            var folder = System.IO.Path.Combine(Path, "node_modules", package);
            if (!Directory.Exists(folder))
            {
                Assert.Fail($"The npm peer '{package}' is missing ({folder}). Run scripts/ensure-node-deps at the repository root (npm ci from the pinned package-lock.json).");
            }
        }
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Conformance.sln not found above " + AppContext.BaseDirectory);
    }
}
