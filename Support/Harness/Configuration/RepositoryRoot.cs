namespace Conformance.Harness.Configuration;

/// <summary>The checkout the suite runs from: where Reports/, runsettings/ and expectations files are resolved.</summary>
public static class RepositoryRoot
{
    private const string Marker = "Conformance.sln";

    /// <summary>The nearest folder above the test assembly holding Conformance.sln, else the current directory.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
