using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Reporting.Evidence;
using Conformance.Reporting.Grading;
using Conformance.Reporting.Model;
using Conformance.Reporting.Output;
using Conformance.Reporting.Provenance;

namespace Conformance.Reporting.Allure;

/// <summary>
/// Writes Reports/allure-results in Allure's documented result format (allurereport.org, "Allure result file format"): one
/// &lt;uuid&gt;-result.json per scenario with its Gherkin steps as steps, attachments as separate
/// files, plus environment.properties, executor.json and categories.json. Allure.NUnit is not on
/// the package mirror, hence hand-written. Every attachment is redacted.
/// </summary>
public sealed class AllureWriter : IReportWriter
{
    public const string ObservationAttachment = "observation";
    public const string FailingExpectationAttachment = "failing expectation";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Name => ReportFiles.AllureResults;

    public void Write(ConformanceRun run, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        var directory = Path.Combine(options.OutputDirectory, ReportFiles.AllureResults);
        if (Directory.Exists(directory))
        {
            // Results of an earlier run would be rendered as part of this one.
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);

        // Ids are taken in scenario order (deterministic with an injected NewId); the files, a few
        // per scenario, are then redacted, serialised and written in parallel.
        var files = new PendingFiles(directory);
        foreach (var scenario in run.Scenarios)
        {
            var id = options.NewId();
            var result = Result(scenario, id, files, options);
            files.Add($"{id}-result.json", () => result.ToJsonString(Json));
        }

        files.Add("environment.properties", () => Environment(run.Provenance));
        files.Add("executor.json", () => Executor(run.Provenance).ToJsonString(Json));
        files.Add("categories.json", () => Categories().ToJsonString(Json));
        files.WriteAll();
    }

    /// <summary>Files to write into allure-results, each produced by its own function.</summary>
    private sealed class PendingFiles(string directory)
    {
        private readonly List<(string Name, Func<string> Content)> _files = [];

        public void Add(string name, Func<string> content) => _files.Add((name, content));

        public void WriteAll() =>
            Parallel.ForEach(_files, file => File.WriteAllText(Path.Combine(directory, file.Name), file.Content(), ReportFiles.Utf8));
    }

    private static JsonObject Result(GradedScenario scenario, string id, PendingFiles files, ReportOptions options)
    {
        var result = scenario.Result;
        var attachments = new JsonArray();
        foreach (var attachment in result.Attachments)
        {
            attachments.Add(WriteAttachment(attachment, files, options));
        }

        if (scenario.Failure is { } failure)
        {
            var text = $"Scenario: {scenario.DisplayName}\nFailing step: {failure.FailingStep ?? "(none)"}\n{failure.ExpectedActualText}\n";
            attachments.Add(WriteAttachment(new Attachment(FailingExpectationAttachment, "text/plain", text), files, options));
        }

        var parameters = new JsonArray();
        foreach (var (name, value) in scenario.Scenario.ExampleValues.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            parameters.Add(Parameter(name, value));
        }

        var json = new JsonObject
        {
            ["uuid"] = id,
            // Keyed by the stable case id when the scenario has one, so a reworded title keeps its history.
            ["historyId"] = ShortHash(scenario.Address.CaseId is { } caseId
                ? caseId + string.Concat(scenario.Scenario.ExampleValues.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"|{p.Key}={p.Value}"))
                : scenario.Id),
            ["testCaseId"] = ShortHash(scenario.Address.CaseId ?? $"{scenario.Scenario.Feature.RelativePath}:{scenario.Scenario.Name}"),
            ["name"] = scenario.Scenario.Name,
            ["fullName"] = scenario.Id,
            ["status"] = AllureStatus.Of(scenario.Grade),
            ["stage"] = "finished",
            ["description"] = Description(scenario),
            ["steps"] = new JsonArray(result.Steps.OrderBy(s => s.Step.Index).Select(s => (JsonNode)Step(s, files, options)).ToArray()),
            ["attachments"] = attachments,
            ["parameters"] = parameters,
            ["labels"] = Labels(scenario, options),
            ["links"] = Links(scenario, options),
            ["start"] = result.Start.ToUnixTimeMilliseconds(),
            ["stop"] = result.Stop.ToUnixTimeMilliseconds(),
        };

        var message = StatusMessage(scenario);
        if (message is not null)
        {
            var details = new JsonObject { ["message"] = message };
            if (scenario.Failure?.Trace is { Length: > 0 } trace)
            {
                details["trace"] = trace;
            }

            // Allure marks "known" failures; an excluded deviation is exactly that.
            if (scenario.Grade == Grade.Excluded)
            {
                details["known"] = true;
            }

            json["statusDetails"] = details;
        }

        return json;
    }

    private static string? StatusMessage(GradedScenario scenario)
    {
        var prefix = AllureMessagePrefix.For(scenario.Grade);
        if (prefix is null)
        {
            return scenario.Reason;
        }

        var detail = scenario.Grade switch
        {
            Grade.Excluded => $"{scenario.Reason}. Observed: {scenario.Failure?.Message ?? "(no message)"}",
            Grade.Informational => scenario.Observation ?? scenario.Reason ?? "(nothing observed)",
            Grade.NotApplicable or Grade.NotRun => scenario.Reason,
            _ => scenario.Failure?.Message ?? scenario.Reason ?? "(no message)",
        };
        return $"{prefix}: {detail}";
    }

    private static JsonObject Step(StepResult step, PendingFiles files, ReportOptions options)
    {
        var attachments = new JsonArray();
        var parameters = new JsonArray();
        if (step.Step.Table is { Count: > 0 } table)
        {
            // A two-column table reads as name | value rows: show them as parameters too.
            if (table.All(row => row.Count == 2))
            {
                foreach (var row in table)
                {
                    parameters.Add(Parameter(row[0], row[1]));
                }
            }

            var csv = string.Join("\n", table.Select(row => string.Join(",", row.Select(CsvCell)))) + "\n";
            attachments.Add(WriteAttachment(new Attachment("data table", "text/csv", csv), files, options));
        }

        if (step.Step.DocString is { } docString)
        {
            attachments.Add(WriteAttachment(new Attachment("doc string", "text/plain", docString), files, options));
        }

        foreach (var attachment in step.Attachments)
        {
            attachments.Add(WriteAttachment(attachment, files, options));
        }

        var json = new JsonObject
        {
            ["name"] = $"{step.Step.Keyword.Trim()} {step.Step.Text}",
            ["status"] = AllureStatus.Of(step.Outcome),
            ["stage"] = "finished",
            ["start"] = step.Start.ToUnixTimeMilliseconds(),
            ["stop"] = step.Stop.ToUnixTimeMilliseconds(),
            ["parameters"] = parameters,
            ["attachments"] = attachments,
            ["steps"] = new JsonArray(),
        };
        if (step.Error is { } error)
        {
            json["statusDetails"] = new JsonObject
            {
                ["message"] = Redactor.Redact(error.Message),
                ["trace"] = Redactor.Redact(error.StackTrace),
            };
        }

        return json;
    }

    private static JsonObject WriteAttachment(Attachment attachment, PendingFiles files, ReportOptions options)
    {
        var source = $"{options.NewId()}-attachment.{Extension(attachment.MediaType)}";
        files.Add(source, () => Redactor.Redact(attachment.Content));
        return new JsonObject { ["name"] = attachment.Name, ["source"] = source, ["type"] = attachment.MediaType };
    }

    private static JsonArray Labels(GradedScenario scenario, ReportOptions options)
    {
        var labels = new JsonArray
        {
            Label(AllureLabel.Epic, scenario.Address.Api),
            Label(AllureLabel.Feature, scenario.Address.Operation),
            Label(AllureLabel.Story, scenario.Scenario.Name),
            Label(AllureLabel.Severity, Severity(scenario.Address.Strength)),
            Label(AllureLabel.ParentSuite, options.SuiteName),
            Label(AllureLabel.Suite, scenario.Scenario.Feature.Name),
            Label(AllureLabel.Grade, scenario.Grade.Display()),
            Label(AllureLabel.Tag, $"grade: {scenario.Grade.Display()}"),
            Label(AllureLabel.Framework, "Reqnroll"),
            Label(AllureLabel.Language, "csharp"),
        };
        foreach (var tag in scenario.Address.Tags)
        {
            labels.Add(Label(AllureLabel.Tag, tag));
        }

        return labels;
    }

    private static JsonArray Links(GradedScenario scenario, ReportOptions options)
    {
        var links = new JsonArray();
        if (scenario.Address.DocPage is { } page)
        {
            links.Add(new JsonObject { ["name"] = page, ["url"] = options.DocLink(page), ["type"] = "link" });
        }

        return links;
    }

    // Severity follows the requirement strength: a MUST is critical, a SHOULD normal.
    private static string Severity(RequirementStrength strength) => strength switch
    {
        RequirementStrength.Must => "critical",
        RequirementStrength.Should => "normal",
        _ => "trivial",
    };

    private static string Description(GradedScenario scenario)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Grade:** {scenario.Grade.Display()} ({scenario.Address.Strength.Word()} requirement)\n\n");
        text.Append(CultureInfo.InvariantCulture, $"**Feature:** {scenario.Scenario.Feature.Name} (`{scenario.Scenario.Feature.RelativePath}:{scenario.Scenario.Line}`)\n");
        if (scenario.Reason is { } reason)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n**Reason:** {reason}\n");
        }

        if (scenario.Observation is { } observation)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n**Observed:**\n\n```\n{observation}\n```\n");
        }

        if (scenario.Failure is { } failure && scenario.Grade != Grade.HarnessError)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n**Expected:** {failure.Expected}\n\n**Actual:** {failure.Actual}\n");
        }

        return text.ToString();
    }

    private static string Environment(RunProvenance provenance) =>
        string.Concat(ProvenanceProperties.Of(provenance).Select(p => $"{PropertiesEscape(p.Name)}={PropertiesEscape(p.Value)}\n"));

    private static JsonObject Executor(RunProvenance provenance) => new()
    {
        ["name"] = provenance.SuiteName,
        ["type"] = "gws-conformance",
        ["buildName"] = $"{provenance.SuiteVersion} ({provenance.Commit})",
        ["reportName"] = $"{provenance.SuiteName}: {provenance.TargetName}",
    };

    // Order matters: Allure puts a result in the first category that matches. Allure 2 matches the
    // regex against the whole message, hence (?s) and the trailing .* (measured with the pinned Allure CLI).
    private static JsonArray Categories()
    {
        static JsonObject Category(string name, string status, string prefix) => new()
        {
            ["name"] = name,
            ["matchedStatuses"] = new JsonArray(status),
            ["messageRegex"] = $"(?s){System.Text.RegularExpressions.Regex.Escape(prefix)}.*",
        };

        return
        [
            Category("Non-conformance: MUST not met (the target's fault)", AllureStatus.Failed, AllureMessagePrefix.NonConformant),
            Category("Non-strict: SHOULD not met", AllureStatus.Failed, AllureMessagePrefix.NonStrict),
            Category("Known deviations (excluded by the target's expectations file)", AllureStatus.Failed, AllureMessagePrefix.Excluded),
            Category("Harness errors (not the target's fault)", AllureStatus.Broken, AllureMessagePrefix.HarnessError),
            Category("Not applicable to this target", AllureStatus.Skipped, AllureMessagePrefix.NotApplicable),
            Category("Not run (@ignore, @wip)", AllureStatus.Skipped, AllureMessagePrefix.NotRun),
        ];
    }

    private static JsonObject Parameter(string name, string value) => new() { ["name"] = name, ["value"] = Redactor.Redact(value) };

    private static JsonObject Label(string name, string value) => new() { ["name"] = name, ["value"] = value };

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    private static string Extension(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "application/json" => "json",
        "application/xml" or "text/xml" => "xml",
        "text/html" => "html",
        "text/csv" => "csv",
        "text/uri-list" => "uri",
        _ => "txt",
    };

    private static string CsvCell(string cell) =>
        cell.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    // java.util.Properties escaping: backslash, separators, comment starts, and non-ASCII as \uXXXX.
    private static string PropertiesEscape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '=' => @"\=",
                ':' => @"\:",
                '#' => @"\#",
                '!' => @"\!",
                '\n' => @"\n",
                '\r' => @"\r",
                _ when c > 126 || c < 32 => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
