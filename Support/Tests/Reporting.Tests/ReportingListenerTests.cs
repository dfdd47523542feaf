using System.Text.Json;
using Conformance.Reporting;
using Conformance.Reporting.Gate;
using Conformance.Reporting.Grading;
using Conformance.Reporting.Model;
using Conformance.Reporting.Output;

namespace Reporting.Tests;

/// <summary>The listener: thread-safe collection, nothing lost, every file written once, the gate on disk.</summary>
public class ReportingListenerTests
{
    private static readonly FeatureInfo Feature = RunFixture.Feature("Chat Invite", "Chat/Invite.feature", "@api-chat", "@op-Invite");

    [Test]
    public void Writes_every_report_file()
    {
        using var folder = new TestFolder();
        Replay.Sample(folder, folder.Options());
        foreach (var file in new[] { ReportFiles.JUnit, ReportFiles.ConformanceJson, ReportFiles.ConformanceMarkdown, ReportFiles.ConformanceHtml, ReportFiles.Gate, ReportFiles.Summary })
        {
            File.Exists(Path.Combine(folder.Reports, file)).Should().BeTrue(file);
        }

        Directory.GetFiles(Path.Combine(folder.Reports, ReportFiles.AllureResults), "*-result.json").Should().HaveCount(8);
    }

    [Test]
    public void Scenarios_finishing_concurrently_are_all_reported_even_those_missing_from_the_run_result()
    {
        using var folder = new TestFolder();
        var fixture = new RunFixture();
        const int count = 400;
        for (var i = 0; i < count; i++)
        {
            fixture.Add(RunFixture.Scenario(Feature, $"Scenario {i:D3}", i + 1), i % 7 == 0 ? Outcome.Failed : Outcome.Passed,
                ["Then it holds"], failAt: i % 7 == 0 ? 0 : -1, error: i % 7 == 0 ? new ErrorInfo("no", null, "E") : null);
        }

        var listener = new ReportingListener(folder.Options());
        IRunListener events = listener;
        var complete = fixture.Run(folder.FeaturesRoot);
        listener.RunStarted(complete.Run);
        Parallel.ForEach(fixture.Scenarios, new ParallelOptions { MaxDegreeOfParallelism = 8 }, scenario =>
        {
            listener.ScenarioStarted(scenario.Scenario);
            foreach (var step in scenario.Steps)
            {
                events.StepStarted(step.Step);
                events.StepFinished(step);
            }

            listener.ScenarioFinished(scenario);
        });

        // A runner whose RunResult lost half the scenarios must not make the reports lose them.
        var partial = complete with { Features = [complete.Features[0] with { Scenarios = complete.Features[0].Scenarios.Take(count / 2).ToList() }] };
        listener.RunFinished(partial);

        listener.Report!.Scenarios.Should().HaveCount(count);
        listener.Report.Totals[Grade.NonConformant].Should().Be(Enumerable.Range(0, count).Count(i => i % 7 == 0));
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Reports, ReportFiles.ConformanceJson))).RootElement;
        json.GetProperty("totals").GetProperty("scenarios").GetInt32().Should().Be(count);
        Directory.GetFiles(Path.Combine(folder.Reports, ReportFiles.AllureResults), "*-result.json").Should().HaveCount(count);
    }

    [Test]
    public void A_scenario_that_started_but_never_finished_is_a_harness_error()
    {
        using var folder = new TestFolder();
        var fixture = new RunFixture();
        fixture.Add(RunFixture.Scenario(Feature, "Finished", 1), Outcome.Passed, ["Then x"]);
        var listener = new ReportingListener(folder.Options());
        var run = fixture.Run(folder.FeaturesRoot);
        listener.RunStarted(run.Run);
        listener.ScenarioStarted(RunFixture.Scenario(Feature, "Hung", 9));
        listener.ScenarioStarted(fixture.Scenarios[0].Scenario);
        listener.ScenarioFinished(fixture.Scenarios[0]);
        listener.RunFinished(run);

        var hung = listener.Report!.Scenarios.Single(s => s.Scenario.Name == "Hung");
        hung.Grade.Should().Be(Grade.HarnessError);
        hung.Failure!.Message.Should().Contain("never reported its end");
        listener.Verdict!.ExitCode.Should().Be(GateVerdict.RunUntrusted);
    }

    [Test]
    public void Gate_json_carries_the_verdict_for_a_wrapper_script()
    {
        using var folder = new TestFolder();
        var listener = Replay.Sample(folder, folder.Options());
        var gate = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Reports, ReportFiles.Gate))).RootElement;
        gate.GetProperty("shouldFail").GetBoolean().Should().Be(listener.Verdict!.ShouldFail).And.BeTrue();
        gate.GetProperty("exitCode").GetInt32().Should().Be(GateVerdict.RunUntrusted, "the sample run has a harness error");
    }

    [Test]
    public void A_passing_run_passes_the_gate_with_exit_code_0()
    {
        using var folder = new TestFolder();
        var fixture = new RunFixture();
        fixture.Add(RunFixture.Scenario(Feature, "Works", 1), Outcome.Passed, ["Then x"]);
        fixture.Add(RunFixture.Scenario(Feature, "Should work", 2, ["@should"]), Outcome.Failed, ["Then y"], failAt: 0, error: new ErrorInfo("no", null, "E"));
        var listener = new ReportingListener(folder.Options());
        Replay.Into(listener, fixture, folder.FeaturesRoot);
        listener.Verdict!.ShouldFail.Should().BeFalse();
        File.ReadAllText(Path.Combine(folder.Reports, ReportFiles.Gate)).Should().Contain("\"exitCode\": 0");
    }

    [Test]
    public void Expectation_entries_are_checked_against_the_feature_files_not_only_the_scenarios_that_ran()
    {
        using var folder = new TestFolder();
        folder.Write("Features/Chat/Invite.feature", "Feature: Chat Invite\n  Scenario: Not selected by the filter\n    Then x\n");
        var expectations = folder.Write("mock.expectations.json", """
            {"expectations":[
              {"scenario":"Chat Invite: Not selected by the filter","reason":"ABC-1"},
              {"scenario":"Chat Invite: Renamed long ago","reason":"ABC-2"}
            ]}
            """);
        var fixture = new RunFixture();
        fixture.Add(RunFixture.Scenario(Feature, "Works", 1), Outcome.Passed, ["Then x"]);
        var listener = new ReportingListener(folder.Options(expectations));
        Replay.Into(listener, fixture, folder.FeaturesRoot);

        listener.Report!.HarnessProblems.Should().ContainSingle().Which.Should().Contain("\"Chat Invite: Renamed long ago\" matches no scenario");
        listener.Verdict!.ExitCode.Should().Be(GateVerdict.RunUntrusted);
    }

    [Test]
    public void Expectation_problems_are_printed_when_the_run_starts()
    {
        using var folder = new TestFolder();
        using var console = new StringWriter();
        folder.Write("Features/Chat/Invite.feature", "Feature: Chat Invite\n  Scenario: Inviting works\n    Then x\n");
        var expectations = folder.Write("mock.expectations.json", """{"expectations":[{"scenario":"Chat Invite: Typo","reason":"ABC-2"}]}""");
        var listener = new ReportingListener(folder.Options(expectations, console: console));
        listener.RunStarted(new RunInfo(RunFixture.Start, folder.FeaturesRoot));
        console.ToString().Should().Contain("the gate will fail").And.Contain("\"Chat Invite: Typo\" matches no scenario");
    }

    [Test]
    public void Run_finished_twice_writes_once()
    {
        using var folder = new TestFolder();
        var listener = new ReportingListener(folder.Options());
        var run = Replay.Into(listener, SampleRun.Build(), folder.FeaturesRoot);
        var first = listener.Report;
        File.Delete(Path.Combine(folder.Reports, ReportFiles.JUnit));
        listener.RunFinished(run);
        listener.Report.Should().BeSameAs(first);
        File.Exists(Path.Combine(folder.Reports, ReportFiles.JUnit)).Should().BeFalse();
    }

    [Test]
    public void A_writer_that_throws_does_not_stop_the_others_and_fails_the_gate()
    {
        using var folder = new TestFolder();
        var listener = new ReportingListener(folder.Options(), [new ThrowingWriter(), .. ReportingListener.DefaultWriters]);
        Replay.Into(listener, SampleRun.Build(), folder.FeaturesRoot);

        File.Exists(Path.Combine(folder.Reports, ReportFiles.JUnit)).Should().BeTrue();
        listener.Report!.HarnessProblems.Should().Contain(p => p.Contains("Could not write broken.txt", StringComparison.Ordinal));
        File.ReadAllText(Path.Combine(folder.Reports, ReportFiles.Gate)).Should().Contain("\"exitCode\": 2");
    }

    [Test]
    public void The_console_summary_fits_one_screen_and_names_failures_and_the_gate()
    {
        using var folder = new TestFolder();
        using var console = new StringWriter();
        Replay.Sample(folder, folder.Options(console: console));
        var summary = console.ToString();
        summary.Split('\n').Length.Should().BeLessThan(25);
        summary.Should().Contain("8 scenarios: 1 Conformant, 1 Non-strict, 2 Non-conformant")
            .And.Contain("Non-conformant: Chat / Invite / Inviting an unknown agent is rejected")
            .And.Contain("Gate FAILED (exit code 2)");
        File.ReadAllText(Path.Combine(folder.Reports, ReportFiles.Summary)).Should().Be(summary);
    }

    [Test]
    public void An_empty_run_fails_the_gate()
    {
        using var folder = new TestFolder();
        var listener = new ReportingListener(folder.Options());
        Replay.Into(listener, new RunFixture(), folder.FeaturesRoot);
        listener.Verdict!.Reason.Should().Contain("no scenario ran");
    }

    private sealed class ThrowingWriter : IReportWriter
    {
        public string Name => "broken.txt";

        public void Write(ConformanceRun run, ReportOptions options) => throw new IOException("disk full");
    }
}
