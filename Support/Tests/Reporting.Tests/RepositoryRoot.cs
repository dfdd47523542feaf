namespace Reporting.Tests;

/// <summary>The checkout this test assembly was built from: the folder holding Conformance.sln (RULES.md).</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Conformance.sln above {AppContext.BaseDirectory}.");
    }
}
