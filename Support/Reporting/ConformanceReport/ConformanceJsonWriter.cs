using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Conformance.Reporting.Evidence;
using Conformance.Reporting.Gate;
using Conformance.Reporting.Grading;
using Conformance.Reporting.Output;

namespace Conformance.Reporting.ConformanceReport;

/// <summary>
/// Writes Reports/conformance.json: the machine-readable certification report. Fields
/// are written in a fixed order so the file diffs cleanly between runs and golden files hold.
/// </summary>
public sealed class ConformanceJsonWriter : IReportWriter
{
    public const int SchemaVersion = 1;

    public string Name => ReportFiles.ConformanceJson;

    public void Write(ConformanceRun run, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ReportFiles.WriteText(options.OutputDirectory, ReportFiles.ConformanceJson, Render(run));
    }

    public static string Render(ConformanceRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            WriteProvenance(json, run.Provenance);
            WriteGate(json, run.Policy, run.Verdict);
            json.WritePropertyName("totals");
            WriteTotals(json, run.Scenarios);
            WriteStrings(json, "harnessProblems", run.HarnessProblems);
            WriteExpectations(json, run);
            WriteMatrix(json, run);
            WriteFailures(json, run);
            json.WriteEndObject();
        }

        return ReportFiles.Utf8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteProvenance(Utf8JsonWriter json, RunProvenance provenance)
    {
        json.WriteStartObject("suite");
        json.WriteString("name", provenance.SuiteName);
        json.WriteString("version", provenance.SuiteVersion);
        json.WriteString("commit", provenance.Commit);
        json.WriteStartObject("contentHash");
        json.WriteString("algorithm", Provenance.ContentHash.Algorithm);
        json.WriteString("covers", "Features/ and Schemas/");
        json.WriteString("value", provenance.ContentHash);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("target");
        json.WriteString("name", provenance.TargetName);
        WriteOptional(json, "url", provenance.TargetUrl);
        WriteOptional(json, "serverIdentity", provenance.ServerIdentity);
        json.WriteEndObject();

        json.WriteStartObject("run");
        json.WriteString("start", provenance.Start.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        json.WriteString("stop", provenance.Stop.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        json.WriteNumber("durationSeconds", Math.Round(provenance.Duration.TotalSeconds, 3));
        json.WriteEndObject();
    }

    private static void WriteGate(Utf8JsonWriter json, GatePolicy policy, GateVerdict verdict)
    {
        json.WriteStartObject("gate");
        GateJsonWriter.WriteVerdictFields(json, policy, verdict);
        json.WriteEndObject();
    }

    private static void WriteExpectations(Utf8JsonWriter json, ConformanceRun run)
    {
        json.WriteStartObject("expectations");
        WriteOptional(json, "file", run.ExpectationsPath);
        json.WriteStartArray("entries");
        foreach (var use in run.Expectations)
        {
            json.WriteStartObject();
            json.WriteString("scenario", use.Entry.Scenario);
            json.WriteString("reason", use.Entry.Reason);
            WriteStrings(json, "excused", use.MatchedScenarioIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMatrix(Utf8JsonWriter json, ConformanceRun run)
    {
        json.WriteStartArray("apis");
        foreach (var api in run.ByApi)
        {
            json.WriteStartObject();
            json.WriteString("name", api.Key);
            json.WritePropertyName("totals");
            WriteTotals(json, api.ToList());
            json.WriteStartArray("operations");
            foreach (var operation in api.GroupBy(s => s.Address.Operation))
            {
                json.WriteStartObject();
                json.WriteString("name", operation.Key);
                json.WritePropertyName("totals");
                WriteTotals(json, operation.ToList());
                json.WriteStartArray("scenarios");
                foreach (var scenario in operation)
                {
                    WriteScenario(json, scenario);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteScenario(Utf8JsonWriter json, GradedScenario scenario)
    {
        json.WriteStartObject();
        json.WriteString("id", scenario.Id);
        json.WriteString("name", scenario.Scenario.Name);
        json.WriteString("feature", scenario.Scenario.Feature.Name);
        json.WriteString("file", scenario.Scenario.Feature.RelativePath.Replace('\\', '/'));
        json.WriteNumber("line", scenario.Scenario.Line);
        if (scenario.Scenario.ExampleValues.Count > 0)
        {
            json.WriteStartObject("exampleValues");
            foreach (var (name, value) in scenario.Scenario.ExampleValues.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteString(name, Redactor.Redact(value));
            }

            json.WriteEndObject();
        }

        WriteOptional(json, "caseId", scenario.Address.CaseId);
        WriteOptional(json, "docPage", scenario.Address.DocPage);
        json.WriteString("requirement", scenario.Address.Strength.Id());
        json.WriteString("grade", scenario.Grade.Id());
        json.WriteString("gradeName", scenario.Grade.Display());
        json.WriteString("outcome", scenario.Result.Outcome.ToString());
        json.WriteNumber("durationSeconds", Math.Round(scenario.Duration.TotalSeconds, 3));
        WriteOptional(json, "reason", scenario.Reason);
        WriteOptional(json, "observation", scenario.Observation);
        WriteStrings(json, "tags", scenario.Address.Tags);
        json.WriteEndObject();
    }

    private static void WriteFailures(Utf8JsonWriter json, ConformanceRun run)
    {
        json.WriteStartArray("failures");
        foreach (var scenario in run.Failing)
        {
            json.WriteStartObject();
            json.WriteString("id", scenario.Id);
            json.WriteString("api", scenario.Address.Api);
            json.WriteString("operation", scenario.Address.Operation);
            json.WriteString("scenario", scenario.DisplayName);
            json.WriteString("grade", scenario.Grade.Id());
            WriteOptional(json, "reason", scenario.Reason);
            if (scenario.Failure is { } failure)
            {
                WriteOptional(json, "failingStep", failure.FailingStep);
                json.WriteString("expected", failure.Expected);
                json.WriteString("actual", failure.Actual);
                json.WriteString("message", failure.Message);
                WriteOptional(json, "exceptionType", failure.ExceptionType);
                WriteOptional(json, "trace", failure.Trace);
            }

            json.WriteStartArray("evidence");
            foreach (var attachment in ScenarioAttachments.All(scenario.Result))
            {
                json.WriteStartObject();
                json.WriteString("name", attachment.Name);
                json.WriteString("mediaType", attachment.MediaType);
                json.WriteString("content", Redactor.Redact(attachment.Content));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTotals(Utf8JsonWriter json, IReadOnlyList<GradedScenario> scenarios)
    {
        var counts = ConformanceRun.Count(scenarios);
        json.WriteStartObject();
        json.WriteNumber("scenarios", scenarios.Count);
        foreach (var grade in GradeNames.All)
        {
            json.WriteNumber(grade.Id(), counts[grade]);
        }

        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
