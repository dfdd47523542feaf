using Conformance.KillMatrix;
using Conformance.MockServer.Hosting;

namespace KillMatrix.Tests;

public sealed class SuiteReportTests
{
    private static string Report(int gate, params (string Grade, string[] Tags)[] scenarios)
    {
        var items = scenarios.Select((s, i) =>
            $$"""{"id":"F.feature:{{i}}: S{{i}}","name":"S{{i}}","feature":"F","grade":"{{s.Grade}}","tags":[{{string.Join(",", s.Tags.Select(t => $"\"{t}\""))}}]}""");
        var failures = scenarios.Select((s, i) => (s, i)).Where(x => x.s.Grade != "conformant")
            .Select(x => $$"""{"id":"F.feature:{{x.i}}: S{{x.i}}","message":"Expected x{{x.i}}\nActual: y"}""");
        return $$"""
            {"totals":{"scenarios":{{scenarios.Length}}},"gate":{"exitCode":{{gate}}},
             "apis":[{"operations":[{"scenarios":[{{string.Join(",", items)}}]}]}],
             "failures":[{{string.Join(",", failures)}}]}
            """;
    }

    private static SuiteRun RunWith(SuiteReport? report, string? problem = null) =>
        new("X", null, 1, false, TimeSpan.FromSeconds(1), "log", report, problem);

    private static readonly DeviationEntry Entry = DeviationCatalog.All[0];

    [Test]
    public void A_non_conformant_scenario_kills_the_deviation_and_is_named_with_its_message()
    {
        var report = SuiteReport.Parse(Report(1, ("conformant", []), ("non-conformant", ["must", "id-chat.accept.1"])));
        var row = MatrixRow.Judge(Entry, RunWith(report));
        row.Verdict.Should().Be(Verdict.Killed);
        row.CaughtBy.Should().ContainSingle().Which.Should().Be(new GradedScenario("id-chat.accept.1", "F", "S1", "non-conformant", "Expected x1"));
    }

    [Test]
    public void A_run_where_everything_passed_is_a_survivor()
    {
        var row = MatrixRow.Judge(Entry, RunWith(SuiteReport.Parse(Report(0, ("conformant", []), ("informational", [])))));
        row.Verdict.Should().Be(Verdict.Survived);
        row.Explanation.Should().Be("all 2 scenarios in scope passed");
    }

    [Test]
    public void Harness_errors_alone_prove_nothing()
    {
        var row = MatrixRow.Judge(Entry, RunWith(SuiteReport.Parse(Report(2, ("harness-error", [])))));
        row.Verdict.Should().Be(Verdict.Error);
        row.Explanation.Should().Contain("harness errors").And.Contain("Expected x0");
    }

    [Test]
    public void A_run_without_a_report_is_an_error_that_says_why()
    {
        var row = MatrixRow.Judge(Entry, RunWith(null, "the run passed its deadline"));
        row.Verdict.Should().Be(Verdict.Error);
        row.Explanation.Should().Be("the run passed its deadline");
    }

    [Test]
    public void An_empty_run_is_an_error_not_a_survivor()
    {
        MatrixRow.Judge(Entry, RunWith(SuiteReport.Parse(Report(2)))).Verdict.Should().Be(Verdict.Error);
    }

    [Test]
    public void A_report_without_totals_is_refused_by_name()
    {
        var act = () => SuiteReport.Parse("""{"gate":{"exitCode":0}}""");
        act.Should().Throw<FormatException>().WithMessage("*totals.scenarios*");
    }
}
