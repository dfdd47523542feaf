namespace Conformance.KillMatrix;

/// <summary>What one kill-matrix run does; read from the command line by <see cref="KillMatrixOptions.Parse"/>.</summary>
internal sealed record KillMatrixOptions
{
    public required string Root { get; init; }
    public string SuiteAssembly { get; init; } = "bin/Release/net10.0/Conformance.dll";
    public string RunSettings { get; init; } = "runsettings/mock.runsettings";
    public string ReportsDirectory { get; init; } = "Reports";
    public int Jobs { get; init; } = Math.Max(1, Environment.ProcessorCount);
    public TimeSpan RunDeadline { get; init; } = TimeSpan.FromMinutes(10);
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>
    /// The suite's deadline for an expected notification in the matrix's runs. A deviation that drops a
    /// notification makes hundreds of scenarios wait out this deadline; the in-process mock answers in
    /// milliseconds, and the control run proves the deadline is enough.
    /// </summary>
    public int NotificationTimeoutSeconds { get; init; } = 4;

    /// <summary>
    /// A deviation's run skips the scenarios that start after this many have failed (the suite's
    /// StopAfterFailures; 0 runs the whole scope). The control run always runs everything.
    /// </summary>
    public int StopAfterFailures { get; init; } = 1;

    /// <summary>One deviation per class (the first the catalogue lists): the quick proof CI runs on every change.</summary>
    public bool Sample { get; init; }

    public const string Usage =
        "Usage: kill-matrix [--root DIR] [--jobs N] [--only NAME[,NAME...] | --sample] [--reports DIR] [--run-deadline-seconds S] [--notification-timeout-seconds S] [--stop-after N]\n" +
        "Runs the conformance suite against the in-process mock once with no deviation (the control run) and once per\n" +
        "deviation of the mock's catalogue, and writes <reports>/kill-matrix.{json,md,html}. Exit code 0 when every\n" +
        "deviation is killed and the control run passes, 1 otherwise, 2 for bad arguments.";

    public static KillMatrixOptions Parse(IReadOnlyList<string> args, string currentDirectory)
    {
        var options = new KillMatrixOptions { Root = currentDirectory };
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--root" => options with { Root = Path.GetFullPath(Next()) },
                "--jobs" => options with { Jobs = PositiveInt("--jobs", Next()) },
                "--only" => options with { Only = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--sample" => options with { Sample = true },
                "--notification-timeout-seconds" => options with { NotificationTimeoutSeconds = PositiveInt("--notification-timeout-seconds", Next()) },
                "--stop-after" => options with { StopAfterFailures = NonNegativeInt("--stop-after", Next()) },
                "--reports" => options with { ReportsDirectory = Next() },
                "--run-deadline-seconds" => options with { RunDeadline = TimeSpan.FromSeconds(PositiveInt("--run-deadline-seconds", Next())) },
                "--suite" => options with { SuiteAssembly = Next() },
                "--settings" => options with { RunSettings = Next() },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options.Sample && options.Only.Count > 0 ? throw new ArgumentException("--sample and --only exclude each other") : options;
    }

    private static int NonNegativeInt(string name, string value) =>
        int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ArgumentException($"{name} takes a whole number, 0 or more, not \"{value}\"");

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} takes a whole number above 0, not \"{value}\"");
}
