using Conformance.KillMatrix;
using Conformance.MockServer.Hosting;

namespace KillMatrix.Tests;

public sealed class MatrixTests
{
    private static SuiteRun Run(params GradedScenario[] failed) =>
        new(null, null, 0, false, TimeSpan.FromSeconds(2), "log", new SuiteReport(10, failed.Length == 0 ? 0 : 1, failed), null);

    private static MatrixResult Result(bool controlPasses, params Verdict[] verdicts)
    {
        var control = controlPasses ? Run() : Run(new GradedScenario("x", "F", "S", "non-conformant", "m"));
        var rows = verdicts.Select((v, i) => new MatrixRow(DeviationCatalog.All[i], v,
            v == Verdict.Killed ? [new GradedScenario("id-a", "Chat <Accept>", "S & T", "non-conformant", "Expected <x>")] : [], Run())).ToList();
        return new MatrixResult(control, rows, TimeSpan.FromMinutes(3), 2);
    }

    [Test]
    public void Exit_code_is_zero_only_when_the_control_passes_and_every_deviation_is_killed()
    {
        Result(true, Verdict.Killed, Verdict.Killed).ExitCode.Should().Be(0);
        Result(true, Verdict.Killed, Verdict.Survived).ExitCode.Should().Be(1);
        Result(true, Verdict.Error).ExitCode.Should().Be(1);
        Result(false, Verdict.Killed).ExitCode.Should().Be(1);
    }

    [Test]
    public void Summary_counts_survivors_and_errors()
    {
        Result(true, Verdict.Killed, Verdict.Survived, Verdict.Error).Summary
            .Should().StartWith("1 of 3 deviations killed, 1 survived, 1 errors; control run passed (10 scenarios); 3.0 min");
    }

    [Test]
    public void Html_escapes_every_text_and_marks_survivors()
    {
        var html = MatrixHtml.Write(Result(true, Verdict.Killed, Verdict.Survived));
        html.Should().Contain("Chat &lt;Accept&gt;: S &amp; T").And.Contain("Expected &lt;x&gt;").And.Contain("class=\"survived\"");
        html.Should().NotContain("<script").And.NotContain("http");
    }

    [Test]
    public void Markdown_and_json_list_every_row_with_its_rule()
    {
        var result = Result(true, Verdict.Killed, Verdict.Survived);
        var md = MatrixMarkdown.Write(result);
        var json = System.Text.Json.Nodes.JsonNode.Parse(MatrixJson.Write(result))!;
        foreach (var entry in DeviationCatalog.All.Take(2))
        {
            md.Should().Contain($"`{entry.Name}`").And.Contain(entry.Rule.Replace("|", "\\|", StringComparison.Ordinal));
        }

        json["deviations"]!.AsArray().Select(d => (string)d!["verdict"]!).Should().Equal("killed", "survived");
        json["exitCode"]!.GetValue<int>().Should().Be(1);
    }

    [Test]
    public void The_control_run_with_csrf_on_is_in_the_summary_and_every_report_and_its_failure_fails_the_matrix()
    {
        var passing = Result(true, Verdict.Killed) with { CsrfControl = Run() };
        var failing = Result(true, Verdict.Error) with { CsrfControl = Run(new GradedScenario("id-c", "Authentication", "CSRF token", "non-conformant", "m")) };

        passing.Summary.Should().Contain("; control with CSRF on passed (10 scenarios)");
        passing.ExitCode.Should().Be(0);
        var json = System.Text.Json.Nodes.JsonNode.Parse(MatrixJson.Write(passing))!;
        json["controlWithCsrf"]!["passed"]!.GetValue<bool>().Should().BeTrue();
        json["controlWithCsrf"]!["scenarios"]!.GetValue<int>().Should().Be(10);

        failing.Summary.Should().Contain("; control with CSRF on FAILED");
        failing.ExitCode.Should().Be(1);
        MatrixMarkdown.Write(failing).Should().Contain("**The control run with CSRF on failed**: Authentication: CSRF token");
        MatrixHtml.Write(failing).Should().Contain("The control run with CSRF on failed: Authentication: CSRF token");
        System.Text.Json.Nodes.JsonNode.Parse(MatrixJson.Write(failing))!["controlWithCsrf"]!["failed"]![0]!.GetValue<string>()
            .Should().Be("Authentication: CSRF token (non-conformant)");

        var without = System.Text.Json.Nodes.JsonNode.Parse(MatrixJson.Write(Result(true, Verdict.Killed)))!.AsObject();
        without["controlWithCsrf"].Should().BeNull("no deviation needed CSRF, so there was no such run");
        Result(true, Verdict.Killed).Summary.Should().NotContain("CSRF");
    }

    [Test]
    public void The_filter_keeps_a_deviation_to_its_scope_and_leaves_self_checks_to_the_control_run()
    {
        SuiteRunner.FilterFor([DeviationCatalog.Scopes.Chat, DeviationCatalog.Scopes.Sms], control: false)
            .Should().Be("(Category=api-chat|Category=api-sms)&Category!=self-check");
        SuiteRunner.FilterFor([], control: false).Should().Be("Category!=self-check");
        SuiteRunner.FilterFor([], control: true).Should().BeNull();
    }

    [Test]
    public void The_sample_takes_one_deviation_of_every_class_and_excludes_only()
    {
        var sample = MatrixRun.SampleOfEachClass();
        sample.Select(e => e.Class).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(DeviationCatalog.All.Select(e => e.Class).Distinct());
        var both = () => KillMatrixOptions.Parse(["--sample", "--only", "WrongOrder"], "/");
        both.Should().Throw<ArgumentException>().WithMessage("--sample and --only*");
        KillMatrixOptions.Parse(["--sample"], "/").Sample.Should().BeTrue();
    }

    [Test]
    public void Unknown_names_and_bad_numbers_are_refused_with_the_catalogue()
    {
        var unknown = () => MatrixRun.Select(["NoSuchDeviation"]);
        unknown.Should().Throw<ArgumentException>().WithMessage("*NoSuchDeviation*DropReferenceId*");
        var jobs = () => KillMatrixOptions.Parse(["--jobs", "0"], "/");
        jobs.Should().Throw<ArgumentException>().WithMessage("--jobs takes a whole number above 0*");
        MatrixRun.Select(["WrongOrder"]).Should().ContainSingle().Which.Deviation.Should().Be(Deviation.WrongOrder);
    }

    [Test]
    public void A_deviation_run_stops_after_its_first_failure_unless_told_otherwise()
    {
        KillMatrixOptions.Parse([], "/").StopAfterFailures.Should().Be(1);
        KillMatrixOptions.Parse(["--stop-after", "0"], "/").StopAfterFailures.Should().Be(0, "0 runs the whole scope");
        KillMatrixOptions.Parse(["--stop-after", "5"], "/").StopAfterFailures.Should().Be(5);
        var negative = () => KillMatrixOptions.Parse(["--stop-after", "-1"], "/");
        negative.Should().Throw<ArgumentException>().WithMessage("--stop-after takes a whole number, 0 or more*");
    }
}
