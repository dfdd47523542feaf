using Conformance.KillMatrix;

// scripts/kill-matrix builds the suite, then runs this (README.md beside this file).
KillMatrixOptions options;
try
{
    options = KillMatrixOptions.Parse(args, Directory.GetCurrentDirectory());
    _ = MatrixRun.Select(options.Only);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"kill-matrix: {e.Message}");
    Console.Error.WriteLine(KillMatrixOptions.Usage);
    return 2;
}

if (!File.Exists(Path.Combine(options.Root, options.SuiteAssembly)))
{
    Console.Error.WriteLine($"kill-matrix: {Path.Combine(options.Root, options.SuiteAssembly)} does not exist; build the suite first (scripts/kill-matrix does)");
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
var result = await new MatrixRun(options, Console.Out).RunAsync(stop.Token);
var reports = Path.Combine(options.Root, options.ReportsDirectory);
Directory.CreateDirectory(reports);
await File.WriteAllTextAsync(Path.Combine(reports, "kill-matrix.json"), MatrixJson.Write(result));
await File.WriteAllTextAsync(Path.Combine(reports, "kill-matrix.md"), MatrixMarkdown.Write(result));
await File.WriteAllTextAsync(Path.Combine(reports, "kill-matrix.html"), MatrixHtml.Write(result));
Console.WriteLine($"kill-matrix: {result.Summary}");
Console.WriteLine($"kill-matrix: wrote {Path.Combine(options.ReportsDirectory, "kill-matrix.{json,md,html}")}");
return result.ExitCode;
