using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Notifications;
using NUnit.Framework;

namespace Conformance.Harness.SelfChecks;

/// <summary>The comparison behind "receives these notifications ..., in order" (Features/README.md).</summary>
[TestFixture]
[Category("self-check")]
public sealed class NotificationMatcherChecks
{
    private static readonly ExpectedNotification StatusChangeWithRequest =
        new(Topics.Chats, MessageTypes.ChatStateChange, NotificationTypes.StatusChange, ReferenceExpectation.Request, InteractionStates.Chatting);

    private static GwsNotification Chat(string json) => new(Topics.Chats, JsonNode.Parse(json)!.AsObject());

    [Test]
    public void A_matching_notification_has_no_differences()
    {
        var n = Chat("""{"messageType":"ChatStateChangeMessage","notificationType":"StatusChange","referenceId":17,"chat":{"id":"1","state":"Chatting"}}""");
        Assert.That(NotificationMatcher.Differences(StatusChangeWithRequest, n, MediaKind.Chat, 17), Is.Empty);
    }

    [TestCase("""{"messageType":"ChatStateChangeMessage","notificationType":"StatusChange","chat":{"id":"1","state":"Chatting"}}""", "referenceId: expected 17")]
    [TestCase("""{"messageType":"ChatStateChangeMessage","notificationType":"StatusChange","referenceId":16,"chat":{"id":"1","state":"Chatting"}}""", "actual 16")]
    [TestCase("""{"messageType":"ChatStateChangeMessage","notificationType":"StatusChange","referenceId":17,"chat":{"id":"1","state":"Invited"}}""", "state: expected \"Chatting\"")]
    [TestCase("""{"messageType":"MessageLogUpdated","notificationType":"NewMessages","referenceId":17}""", "messageType: expected")]
    public void Each_difference_is_spelt_out(string json, string expected) =>
        Assert.That(NotificationMatcher.Differences(StatusChangeWithRequest, Chat(json), MediaKind.Chat, 17), Has.Some.Contains(expected));

    [Test]
    public void None_means_absent()
    {
        var row = StatusChangeWithRequest with { Reference = ReferenceExpectation.None };
        var n = Chat("""{"messageType":"ChatStateChangeMessage","notificationType":"StatusChange","referenceId":3,"chat":{"id":"1","state":"Chatting"}}""");
        Assert.That(NotificationMatcher.Differences(row, n, MediaKind.Chat, null), Has.One.Contains("expected none"));
    }

    [Test]
    public void An_interaction_is_named_by_resource_id_or_transcript_link()
    {
        var chat = new InteractionRef(MediaKind.Chat, Topics.Chats) { Id = "0000X" };
        var sms = new InteractionRef(MediaKind.SmsSession, Topics.SmsSessions) { Id = "0000Y" };
        Assert.Multiple(() =>
        {
            Assert.That(chat.Names(Chat("""{"chat":{"id":"0000X"}}""")), Is.True);
            Assert.That(chat.Names(Chat("""{"chatPath":"/chats/0000X"}""")), Is.True);
            Assert.That(chat.Names(Chat("""{"chatUri":"http://h/api/v2/chats/0000Z"}""")), Is.False);
            Assert.That(sms.Names(new GwsNotification(Topics.SmsSessions, JsonNode.Parse("""{"smsessionUri":"http://h/api/v2/smsessions/0000Y"}""")!.AsObject())), Is.True);
            Assert.That(sms.Names(new GwsNotification(Topics.SmsSessions, JsonNode.Parse("""{"smsession":{"id":"0000Y"}}""")!.AsObject())), Is.True);
        });
    }
}
