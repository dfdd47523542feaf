using Conformance.Harness.Configuration;
using NUnit.Framework;

namespace Conformance.Harness.SelfChecks;

/// <summary>The target profile: mock defaults, and one clear error that lists every problem.</summary>
[TestFixture]
[Category("self-check")]
public sealed class TargetOptionsChecks
{
    private static TargetOptions Read(Dictionary<string, string> parameters, Dictionary<string, string>? environment = null) =>
        TargetOptionsReader.Read(n => parameters.GetValueOrDefault(n), n => environment?.GetValueOrDefault(n));

    [Test]
    public void The_mock_profile_needs_nothing_but_its_name()
    {
        var options = Read(new() { ["Target"] = "mock" });
        Assert.Multiple(() =>
        {
            Assert.That(options.Kind, Is.EqualTo(TargetKind.Mock));
            Assert.That(options.AgentAccounts, Has.Count.EqualTo(40));
            Assert.That(options.SupervisorAccounts, Has.Count.EqualTo(12), "supervisor01 … supervisor12 of the default directory");
            Assert.That(options.AgentAccounts.Intersect(options.SupervisorAccounts), Is.Empty);
            Assert.That(options.Inbound, Is.EqualTo(InboundMode.MockControl));
            Assert.That(options.Absence, Is.EqualTo(AbsenceCheck.MockBarrier));
        });
    }

    [Test]
    public void A_misconfigured_remote_profile_names_every_problem_at_once()
    {
        var error = Assert.Throws<TargetConfigurationException>(() => Read(new()
        {
            ["Target"] = "remote",
            ["AgentAccounts"] = "a,b",
            ["QuietPeriodSeconds"] = "soon",
            ["Csrf"] = "maybe",
        }));
        Assert.That(error!.Message, Does.Contain("BaseUrl is required")
            .And.Contain("at least 4 agent accounts")
            .And.Contain("QuietPeriodSeconds")
            .And.Contain("Csrf")
            .And.Contain("AgentPasswordVariable is required"));
    }

    [Test]
    public void A_remote_password_comes_from_the_environment_only()
    {
        var parameters = new Dictionary<string, string>
        {
            ["Target"] = "remote",
            ["BaseUrl"] = "http://127.0.0.1:9",
            ["AgentAccounts"] = "agent{1..4}",
            ["AgentPassword"] = "secret",
        };
        Assert.That(() => Read(parameters), Throws.TypeOf<TargetConfigurationException>().With.Message.Contain("only be written in a mock profile"));

        parameters.Remove("AgentPassword");
        parameters["AgentPasswordVariable"] = "GWS_TEST_PASSWORD";
        Assert.That(() => Read(parameters), Throws.TypeOf<TargetConfigurationException>().With.Message.Contain("GWS_TEST_PASSWORD, which is not set"));
        Assert.That(Read(parameters, new() { ["GWS_TEST_PASSWORD"] = "pw" }).AgentPassword, Is.EqualTo("pw"));
    }

    [Test]
    public void A_remote_target_without_a_way_to_create_interactions_waits_out_a_quiet_period()
    {
        var options = Read(new()
        {
            ["Target"] = "remote",
            ["BaseUrl"] = "http://127.0.0.1:9",
            ["AgentAccounts"] = "agent{1..4}",
            ["AgentPasswordVariable"] = "P",
        }, new() { ["P"] = "pw" });
        Assert.That((options.Inbound, options.Absence), Is.EqualTo((InboundMode.None, AbsenceCheck.QuietPeriod)));
    }

    [TestCase("agent{01..03}", new[] { "agent01", "agent02", "agent03" })]
    [TestCase("a, b{08..10}x", new[] { "a", "b08x", "b09x", "b10x" })]
    public void Account_ranges_expand(string list, string[] expected) =>
        Assert.That(TargetOptionsReader.ExpandAccounts(list), Is.EqualTo(expected));
}
