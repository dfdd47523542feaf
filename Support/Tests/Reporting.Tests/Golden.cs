namespace Reporting.Tests;

/// <summary>
/// Compares report output with a reviewed file under Golden/. To accept a
/// deliberate change: UPDATE_GOLDEN=1 dotnet test Support/Tests/Reporting.Tests, review the diff,
/// commit. The update run still fails, so a CI run can never rewrite the reference silently.
/// </summary>
public static class Golden
{
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(RepositoryRoot.Find(), "Support", "Tests", "Reporting.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            Assert.Fail($"Golden file {path} rewritten; review the diff and run again without UPDATE_GOLDEN.");
        }

        File.Exists(path).Should().BeTrue($"golden file {path} must exist (create it with UPDATE_GOLDEN=1 and review it)");
        var expected = File.ReadAllText(path);
        if (actual != expected)
        {
            var actualPath = Path.Combine(Path.GetTempPath(), name + ".actual");
            File.WriteAllText(actualPath, actual);
            Assert.Fail($"{name} differs from its golden file; the output is in {actualPath} (diff it against {path}).");
        }
    }
}
