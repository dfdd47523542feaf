using System.Diagnostics;

namespace Conformance.Reporting.Provenance;

/// <summary>The suite's commit, read with `git rev-parse HEAD`; "unknown" when git or the repository is absent.</summary>
public static class GitCommit
{
    public const string Unknown = "unknown";

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    public static string Read(string repositoryDirectory)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["rev-parse", "HEAD"])
            {
                WorkingDirectory = repositoryDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var git = Process.Start(start);
            if (git is null)
            {
                return Unknown;
            }

            var output = git.StandardOutput.ReadToEndAsync();
            _ = git.StandardError.ReadToEndAsync();
            if (!git.WaitForExit(Deadline))
            {
                git.Kill(entireProcessTree: true);
                return Unknown;
            }

            var commit = output.Result.Trim();
            return git.ExitCode == 0 && commit.Length > 0 ? commit : Unknown;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return Unknown;
        }
        catch (IOException)
        {
            return Unknown;
        }
    }
}
