using Conformance.Reporting.Evidence;
using Conformance.Reporting.Expectations;
using Conformance.Reporting.Grading;
using Conformance.Reporting.Model;

namespace Reporting.Tests;

/// <summary>Expected / Actual read from the harness's assertion messages.</summary>
public class FailureEvidenceTests
{
    private static readonly FeatureInfo Feature = RunFixture.Feature("F", "f.feature", "@api-chat", "@op-Invite");

    private static FailureEvidence Evidence(string message, Attachment[]? attachments = null) =>
        FailureEvidence.Of(new RunFixture().Add(RunFixture.Scenario(Feature, "S", 1), Outcome.Failed,
            ["When the agent invites", "Then Bob is offered the chat"], failAt: 1, error: new ErrorInfo(message, null, "E"), stepAttachments: attachments))!;

    [Test]
    public void Multi_line_expected_and_actual_sections_are_kept_whole()
    {
        var evidence = Evidence("Expected Bob to receive, in order, for chat 1:\n  /v2/me/chats Invited\nActual: 2 notification(s) arrived since the request:\n  #1 /v2/me/chats ParticipantsUpdated\n  #2 /v2/me/chats NewMessages");
        evidence.Expected.Should().Be("Bob to receive, in order, for chat 1:\n  /v2/me/chats Invited");
        evidence.Actual.Should().Be("2 notification(s) arrived since the request:\n  #1 /v2/me/chats ParticipantsUpdated\n  #2 /v2/me/chats NewMessages");
        evidence.FailingStep.Should().Be("Then Bob is offered the chat");
    }

    [Test]
    public void Without_an_actual_section_the_step_is_the_expectation_and_the_message_what_happened()
    {
        var evidence = Evidence("Expected header Location to be present, but it was absent.");
        evidence.Expected.Should().Be("Then Bob is offered the chat");
        evidence.Actual.Should().Be("Expected header Location to be present, but it was absent.");
        evidence.DistinctFailingStep.Should().BeNull("the step is already shown as the expectation");
    }

    [Test]
    public void Messages_and_traces_are_redacted()
    {
        var evidence = Evidence("Expected: 200\nActual: 401 for Authorization: Basic a3NpcHBvOnB3");
        evidence.Actual.Should().Be("401 for Authorization: Basic [REDACTED]");
    }

    [Test]
    public void The_server_identity_is_read_from_a_server_header_in_the_evidence()
    {
        var result = new RunFixture().Add(RunFixture.Scenario(Feature, "S", 1), Outcome.Passed, ["Then x"],
            stepAttachments: [new Attachment("http-exchanges", "text/plain", "GET /api/v2/me\n\nHTTP 200\nServer: Jetty(9.4.z)\n\n{}")]);
        ServerHeader.FirstIn([Grader.Grade(result, ExpectationsFile.None)]).Should().Be("Jetty(9.4.z) (from the Server response header)");
    }
}
