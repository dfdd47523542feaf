using System.Globalization;
using System.Text;
using System.Xml;
using Conformance.Reporting.Grading;
using Conformance.Reporting.Output;
using Conformance.Reporting.Provenance;

namespace Conformance.Reporting.JUnit;

/// <summary>
/// Writes Reports/junit.xml for CI test reports. h2spec's intent, done right:
/// the target's non-conformance is a &lt;failure&gt; with Expected / Actual, a harness or configuration
/// problem is an &lt;error&gt;, and what did not apply or did not run is &lt;skipped&gt; with its reason.
/// One &lt;testsuite&gt; per feature file; harness problems outside any scenario (an expectations
/// entry naming no scenario) form a last testsuite, "Harness", so CI shows them as errors too.
/// </summary>
public sealed class JUnitWriter : IReportWriter
{
    public const string HarnessSuite = "Harness";

    public string Name => ReportFiles.JUnit;

    public void Write(ConformanceRun run, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        ReportFiles.WriteText(options.OutputDirectory, ReportFiles.JUnit, Render(run));
    }

    public static string Render(ConformanceRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = ReportFiles.Utf8, NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", $"{run.Provenance.SuiteName}: {run.Provenance.TargetName}");
            WriteCounts(xml, run.Scenarios, run.HarnessProblems.Count);
            xml.WriteAttributeString("time", Seconds(run.Provenance.Duration));
            xml.WriteAttributeString("timestamp", Timestamp(run.Provenance.Start));

            foreach (var feature in run.Scenarios
                .GroupBy(s => s.Scenario.Feature.RelativePath)
                .OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                WriteSuite(xml, run, feature.OrderBy(s => s.Scenario.Line).ThenBy(s => s.DisplayName, StringComparer.Ordinal).ToList());
            }

            if (run.HarnessProblems.Count > 0)
            {
                WriteHarnessSuite(xml, run);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return ReportFiles.Utf8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteSuite(XmlWriter xml, ConformanceRun run, List<GradedScenario> scenarios)
    {
        var feature = scenarios[0].Scenario.Feature;
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", feature.Name);
        WriteCounts(xml, scenarios, 0);
        xml.WriteAttributeString("time", Seconds(TimeSpan.FromTicks(scenarios.Sum(s => s.Duration.Ticks))));
        xml.WriteAttributeString("timestamp", Timestamp(scenarios.Min(s => s.Result.Start)));
        xml.WriteAttributeString("file", feature.RelativePath.Replace('\\', '/'));
        WriteProperties(xml, run.Provenance);
        foreach (var scenario in scenarios)
        {
            WriteCase(xml, scenario);
        }

        xml.WriteEndElement();
    }

    private static void WriteCase(XmlWriter xml, GradedScenario scenario)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", scenario.DisplayName);
        xml.WriteAttributeString("classname", $"{scenario.Address.Api}.{scenario.Address.Operation}");
        xml.WriteAttributeString("file", scenario.Scenario.Feature.RelativePath.Replace('\\', '/'));
        xml.WriteAttributeString("line", scenario.Scenario.Line.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", Seconds(scenario.Duration));
        if (scenario.Address.CaseId is { } caseId)
        {
            // The stable case id, so a CI history follows a scenario through a reworded title.
            xml.WriteStartElement("properties");
            xml.WriteStartElement("property");
            xml.WriteAttributeString("name", "caseId");
            xml.WriteAttributeString("value", caseId);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        switch (scenario.Grade)
        {
            case Grade.NonConformant or Grade.NonStrict:
                var failure = scenario.Failure;
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", failure?.Headline ?? "(no message)");
                xml.WriteAttributeString("type", scenario.Grade.Display());
                xml.WriteString(FailureText(scenario));
                xml.WriteEndElement();
                break;
            case Grade.HarnessError:
                xml.WriteStartElement("error");
                xml.WriteAttributeString("message", scenario.Failure?.Headline ?? scenario.Reason ?? "(no message)");
                xml.WriteAttributeString("type", scenario.Failure?.ExceptionType ?? scenario.Grade.Display());
                xml.WriteString(ErrorText(scenario));
                xml.WriteEndElement();
                break;
            case Grade.NotApplicable or Grade.NotRun:
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", $"{scenario.Grade.Display()}: {scenario.Reason}");
                xml.WriteEndElement();
                break;
            case Grade.Excluded:
                // A known deviation does not fail CI, but its text says so plainly.
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", $"Excluded (known deviation): {scenario.Reason}");
                xml.WriteString(FailureText(scenario));
                xml.WriteEndElement();
                break;
            case Grade.Informational when scenario.Observation is not null:
                xml.WriteElementString("system-out", $"Observed:\n{scenario.Observation}\n");
                break;
            default:
                break;
        }

        xml.WriteEndElement();
    }

    private static string FailureText(GradedScenario scenario)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"\nGrade: {scenario.Grade.Display()} ({scenario.Address.Strength.Word()} requirement)\n");
        if (scenario.Failure is { } failure)
        {
            if (failure.DistinctFailingStep is { } step)
            {
                text.Append(CultureInfo.InvariantCulture, $"Failing step: {step}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"Expected: {failure.Expected}\nActual: {failure.Actual}\n");
        }

        return text.ToString();
    }

    private static string ErrorText(GradedScenario scenario)
    {
        var text = new StringBuilder("\n");
        if (scenario.Failure is { } failure)
        {
            if (failure.FailingStep is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"Failing step: {failure.FailingStep}\n");
            }

            text.Append(failure.Message).Append('\n');
            if (failure.Trace is { Length: > 0 } trace)
            {
                text.Append(trace).Append('\n');
            }
        }
        else if (scenario.Reason is not null)
        {
            text.Append(scenario.Reason).Append('\n');
        }

        return text.ToString();
    }

    private static void WriteHarnessSuite(XmlWriter xml, ConformanceRun run)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", HarnessSuite);
        xml.WriteAttributeString("tests", run.HarnessProblems.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", "0");
        xml.WriteAttributeString("errors", run.HarnessProblems.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", "0");
        xml.WriteAttributeString("time", "0.000");
        xml.WriteAttributeString("timestamp", Timestamp(run.Provenance.Start));
        var index = 1;
        foreach (var problem in run.HarnessProblems)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("name", $"Harness problem {index++}");
            xml.WriteAttributeString("classname", HarnessSuite);
            xml.WriteAttributeString("time", "0.000");
            xml.WriteStartElement("error");
            xml.WriteAttributeString("message", problem);
            xml.WriteAttributeString("type", Grade.HarnessError.Display());
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteProperties(XmlWriter xml, RunProvenance provenance)
    {
        xml.WriteStartElement("properties");
        foreach (var (name, value) in ProvenanceProperties.Of(provenance))
        {
            xml.WriteStartElement("property");
            xml.WriteAttributeString("name", name);
            xml.WriteAttributeString("value", value);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyList<GradedScenario> scenarios, int harnessProblems)
    {
        var counts = ConformanceRun.Count(scenarios);
        xml.WriteAttributeString("tests", (scenarios.Count + harnessProblems).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", (counts[Grade.NonConformant] + counts[Grade.NonStrict]).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", (counts[Grade.HarnessError] + harnessProblems).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", (counts[Grade.NotApplicable] + counts[Grade.NotRun] + counts[Grade.Excluded]).ToString(CultureInfo.InvariantCulture));
    }

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
