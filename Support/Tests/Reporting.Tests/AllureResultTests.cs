using System.Text.Json;
using System.Text.RegularExpressions;
using Conformance.Reporting.Allure;

namespace Reporting.Tests;

/// <summary>The Allure result files, checked against the documented format (allurereport.org, "Allure result file format").</summary>
public class AllureResultTests
{
    private static readonly string[] Statuses = ["passed", "failed", "broken", "skipped"];

    private static (TestFolder Folder, string Results, List<JsonElement> Scenarios) Render()
    {
        var folder = new TestFolder();
        var expectations = folder.Write("mock.expectations.json", SampleRun.ExpectationsJson());
        Replay.Sample(folder, folder.Options(expectations));
        var results = Path.Combine(folder.Reports, "allure-results");
        var scenarios = Directory.GetFiles(results, "*-result.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.Clone())
            .ToList();
        return (folder, results, scenarios);
    }

    private static JsonElement ByName(List<JsonElement> scenarios, string name) =>
        scenarios.Single(s => s.GetProperty("name").GetString() == name);

    private static IEnumerable<string> Labels(JsonElement scenario, string name) =>
        scenario.GetProperty("labels").EnumerateArray()
            .Where(l => l.GetProperty("name").GetString() == name)
            .Select(l => l.GetProperty("value").GetString()!);

    [Test]
    public void There_is_one_result_file_per_scenario_with_the_required_fields()
    {
        var (folder, _, scenarios) = Render();
        using (folder)
        {
            scenarios.Should().HaveCount(SampleRun.Build().Scenarios.Count);
            foreach (var scenario in scenarios)
            {
                foreach (var field in new[] { "uuid", "historyId", "testCaseId", "name", "fullName", "status", "stage", "steps", "attachments", "parameters", "labels", "links", "start", "stop" })
                {
                    scenario.TryGetProperty(field, out _).Should().BeTrue($"{field} is part of every result");
                }

                Statuses.Should().Contain(scenario.GetProperty("status").GetString());
                scenario.GetProperty("stop").GetInt64().Should().BeGreaterThanOrEqualTo(scenario.GetProperty("start").GetInt64());
            }

            scenarios.Select(s => s.GetProperty("uuid").GetString()).Should().OnlyHaveUniqueItems();
            scenarios.Select(s => s.GetProperty("historyId").GetString()).Should().OnlyHaveUniqueItems();
        }
    }

    [Test]
    public void Gherkin_steps_become_steps_with_status_timing_and_attachments()
    {
        var (folder, results, scenarios) = Render();
        using (folder)
        {
            var rejected = ByName(scenarios, "Inviting an unknown agent is rejected");
            var steps = rejected.GetProperty("steps").EnumerateArray().ToList();
            steps.Select(s => s.GetProperty("name").GetString()).Should().Equal("When the agent invites nobody", "Then the response status is 400");
            steps.Select(s => s.GetProperty("status").GetString()).Should().Equal("passed", "failed");
            steps[1].GetProperty("statusDetails").GetProperty("message").GetString().Should().Contain("Expected: HTTP 400");
            var attachment = steps[1].GetProperty("attachments").EnumerateArray().Single();
            attachment.GetProperty("name").GetString().Should().Be("HTTP exchange");
            var content = File.ReadAllText(Path.Combine(results, attachment.GetProperty("source").GetString()!));
            content.Should().Contain("Authorization: Basic [REDACTED]").And.NotContain(SampleRun.BasicCredentials).And.NotContain(SampleRun.Password);
        }
    }

    [Test]
    public void Labels_carry_api_operation_scenario_tags_and_severity_from_the_requirement_strength()
    {
        var (folder, _, scenarios) = Render();
        using (folder)
        {
            var must = ByName(scenarios, "Inviting an unknown agent is rejected");
            Labels(must, "epic").Should().Equal("Chat");
            Labels(must, "feature").Should().Equal("Invite");
            Labels(must, "story").Should().Equal("Inviting an unknown agent is rejected");
            Labels(must, "severity").Should().Equal("critical");
            Labels(must, "tag").Should().Contain("must").And.Contain("op-Invite");
            Labels(ByName(scenarios, "Invite answers with a Location header"), "severity").Should().Equal("normal");
            Labels(ByName(scenarios, "Accepting twice"), "severity").Should().Equal("trivial");
        }
    }

    [Test]
    public void The_doc_tag_becomes_a_link_to_the_doc_page()
    {
        var (folder, _, scenarios) = Render();
        using (folder)
        {
            var link = ByName(scenarios, "Accepting twice").GetProperty("links").EnumerateArray().Single();
            link.GetProperty("name").GetString().Should().Be("SMSAccept");
            link.GetProperty("url").GetString().Should().Be("https://docs.genesys.com/index.php?search=SMSAccept");
        }
    }

    [Test]
    public void Outline_example_values_are_parameters_and_failures_attach_the_failing_expectation()
    {
        var (folder, results, scenarios) = Render();
        using (folder)
        {
            var outline = ByName(scenarios, "Inviting <agent> by name");
            var parameter = outline.GetProperty("parameters").EnumerateArray().Single();
            (parameter.GetProperty("name").GetString(), parameter.GetProperty("value").GetString()).Should().Be(("agent", "agent3"));
            var expectation = outline.GetProperty("attachments").EnumerateArray().Single(a => a.GetProperty("name").GetString() == AllureWriter.FailingExpectationAttachment);
            File.ReadAllText(Path.Combine(results, expectation.GetProperty("source").GetString()!)).Should().Contain("Expected: HTTP 400\nActual: HTTP 422");
        }
    }

    [Test]
    public void Categories_put_each_grade_in_its_own_category_and_harness_errors_apart_from_non_conformance()
    {
        var (folder, results, scenarios) = Render();
        using (folder)
        {
            var categories = JsonDocument.Parse(File.ReadAllText(Path.Combine(results, "categories.json"))).RootElement.EnumerateArray().ToList();

            // Allure takes the first category whose status and whole-message regex match.
            string? CategoryOf(JsonElement scenario)
            {
                var status = scenario.GetProperty("status").GetString();
                var message = scenario.TryGetProperty("statusDetails", out var details) ? details.GetProperty("message").GetString() ?? string.Empty : string.Empty;
                return categories.FirstOrDefault(c =>
                    c.GetProperty("matchedStatuses").EnumerateArray().Any(s => s.GetString() == status)
                    && Regex.IsMatch(message, $"^(?:{c.GetProperty("messageRegex").GetString()})$")).GetProperty("name").GetString();
            }

            CategoryOf(ByName(scenarios, "Inviting an unknown agent is rejected")).Should().StartWith("Non-conformance");
            CategoryOf(ByName(scenarios, "Invite answers with a Location header")).Should().StartWith("Non-strict");
            CategoryOf(ByName(scenarios, "Inviting <agent> by name")).Should().StartWith("Known deviations");
            CategoryOf(ByName(scenarios, "Accepting notifies the agent")).Should().StartWith("Harness errors");
            CategoryOf(ByName(scenarios, "Accepting an inbound session")).Should().StartWith("Not applicable");
            CategoryOf(ByName(scenarios, "Accepting after transfer")).Should().StartWith("Not run");
        }
    }

    [Test]
    public void Grades_map_to_allure_statuses()
    {
        var (folder, _, scenarios) = Render();
        using (folder)
        {
            string Status(string name) => ByName(scenarios, name).GetProperty("status").GetString()!;
            Status("Inviting an agent succeeds").Should().Be("passed");
            Status("Accepting twice").Should().Be("passed");
            Status("Inviting an unknown agent is rejected").Should().Be("failed");
            Status("Inviting <agent> by name").Should().Be("failed");
            ByName(scenarios, "Inviting <agent> by name").GetProperty("statusDetails").GetProperty("known").GetBoolean().Should().BeTrue();
            Status("Accepting notifies the agent").Should().Be("broken");
            Status("Accepting an inbound session").Should().Be("skipped");
        }
    }

    [Test]
    public void Environment_executor_and_categories_files_are_written()
    {
        var (folder, results, _) = Render();
        using (folder)
        {
            var environment = File.ReadAllText(Path.Combine(results, "environment.properties"));
            environment.Should().Contain("target=mock\n").And.Contain("target.url=http\\://127.0.0.1\\:5099\n")
                .And.Contain("suite.version=1.0.0-test\n").And.Contain("suite.commit=0123456789abcdef0123456789abcdef01234567\n");
            var executor = JsonDocument.Parse(File.ReadAllText(Path.Combine(results, "executor.json"))).RootElement;
            executor.GetProperty("name").GetString().Should().Be("GWS Conformance");
            executor.GetProperty("buildName").GetString().Should().Contain("1.0.0-test");
        }
    }

    [Test]
    public void Results_of_an_earlier_run_are_removed()
    {
        using var folder = new TestFolder();
        var stale = folder.Write("Reports/allure-results/stale-result.json", "{}");
        Replay.Sample(folder, folder.Options());
        File.Exists(stale).Should().BeFalse();
    }
}
