using System.Text.Encodings.Web;
using System.Text.Json;
using Conformance.Reporting.Grading;
using Conformance.Reporting.Output;

namespace Conformance.Reporting.Gate;

/// <summary>
/// Writes Reports/gate.json: the verdict a wrapper script turns into the process exit code,
/// e.g. <c>exit "$(jq .exitCode Reports/gate.json)"</c>.
/// </summary>
public static class GateJsonWriter
{
    public static void Write(string outputDirectory, GatePolicy policy, GateVerdict verdict) =>
        ReportFiles.WriteText(outputDirectory, ReportFiles.Gate, Render(policy, verdict));

    public static string Render(GatePolicy policy, GateVerdict verdict)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            WriteVerdictFields(json, policy, verdict);
            json.WriteEndObject();
        }

        return ReportFiles.Utf8.GetString(buffer.ToArray()) + "\n";
    }

    internal static void WriteVerdictFields(Utf8JsonWriter json, GatePolicy policy, GateVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(verdict);
        json.WriteBoolean("shouldFail", verdict.ShouldFail);
        json.WriteNumber("exitCode", verdict.ExitCode);
        json.WriteString("reason", verdict.Reason);
        json.WriteStartArray("causes");
        foreach (var cause in verdict.Causes)
        {
            json.WriteStringValue(cause);
        }

        json.WriteEndArray();
        json.WriteStartObject("policy");
        json.WriteStartArray("failOn");
        foreach (var grade in GradeNames.All.Where(policy.FailOn.Contains))
        {
            json.WriteStringValue(grade.Id());
        }

        json.WriteEndArray();
        json.WriteBoolean("failOnEmptyRun", policy.FailOnEmptyRun);
        json.WriteEndObject();
    }
}
