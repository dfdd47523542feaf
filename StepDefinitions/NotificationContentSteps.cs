using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>
/// What the notifications just matched say: capabilities, participants, userData, message-log entries
/// ("Chat API: Message Types", "IM Session API: Message Types"). "the X notification" is the last one of that notificationType the previous step matched.
/// </summary>
[Binding]
public sealed class NotificationContentSteps(ContentAssertions content, ScenarioAgents agents)
{
    [Then("the {string} notification offers the capabilities:")]
    public void Capabilities(string notificationType, DataTable table) =>
        content.OffersCapabilities(notificationType, [.. table.Rows.Select(r => r[0])]);

    [Then("the {string} notification does not offer the capabilities:")]
    public void NotCapabilities(string notificationType, DataTable table) =>
        content.DoesNotOfferCapabilities(notificationType, [.. table.Rows.Select(r => r[0])]);

    [Then("the {string} notification lists the participants:")]
    public void Participants(string notificationType, DataTable table) =>
        content.ListsParticipants(notificationType, [.. table.Rows.Select(r => (r["type"], r["nickname"]))]);

    [Then("the {string} notification lists no participants")]
    public void NoParticipants(string notificationType) => content.ListsParticipants(notificationType, []);

    [Then("the {string} notification lists the phone number of agent {string} among the participants")]
    public void PhoneParticipant(string notificationType, string role) => content.ListsPhoneNumber(notificationType, agents.Get(role).PhoneNumber);

    [Then("the {string} notification carries the userData:")]
    public void UserData(string notificationType, DataTable table) =>
        content.CarriesUserData(notificationType, [.. table.Rows.Select(r => (r["key"], r["value"]))]);

    [Then("the message-log update holds the entries:")]
    public Task Entries(DataTable table) => content.HoldsEntriesAsync([.. table.Rows.Select(r => new ContentAssertions.Entry(
        r["type"], r["visibility"], r["from"], table.Header.Contains("text", StringComparer.OrdinalIgnoreCase) ? r["text"] : null))]);

    [Then("the message-log indices continue the transcript")]
    public void IndicesContinue() => content.IndicesContinue();

    [Then("the Error notification carries an errorMessage and the {media} unchanged")]
    public void ErrorUnchanged(MediaKind media) => content.ErrorLeavesUnchanged(ScenarioInteractions.Words(media));

    [Then("the IM log update carries the message {string}")]
    public void ImMessage(string text) => content.ImLogCarries(text);
}
