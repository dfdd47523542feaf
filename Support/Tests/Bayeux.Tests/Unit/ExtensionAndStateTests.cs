using System.Text.Json.Nodes;
using Bayeux.Tests.Fakes;
using Conformance.Bayeux;
using Conformance.Bayeux.Protocol;
using FluentAssertions;

namespace Bayeux.Tests.Unit;

/// <summary>Extension hooks and the state machine (modelled on CometD's Java BayeuxClient).</summary>
public class ExtensionAndStateTests
{
    private static readonly TimeSpan Deadline = ClientFactory.Deadline;

    private sealed class Bender : IBayeuxExtension
    {
        public JsonObject? Outgoing(JsonObject message)
        {
            if (JsonRead.String(message, Fields.Channel) == MetaChannels.Subscribe)
            {
                message[Fields.Ext] = new JsonObject { ["bent"] = true };
            }
            return message;
        }

        public JsonObject? Incoming(JsonObject message) =>
            message[Fields.Data] is JsonValue value && value.TryGetValue<string>(out var text) && text == "drop me" ? null : message;
    }

    [Test]
    public async Task Outgoing_and_incoming_hooks_can_bend_and_drop_messages()
    {
        var server = new FakeServer();
        var options = ClientFactory.WithFake(server, out _);
        await using var client = options;
        client.AddExtension(new Bender());
        await client.HandshakeAsync();
        await client.SubscribeAsync("/x");
        var mark = client.Inbox.Mark();

        server.PublishMany("/x", "drop me", "keep me");

        var kept = await client.Inbox.WaitForAsync(mark, "/x", e => true, "the kept event", Deadline);
        kept.Data!.GetValue<string>().Should().Be("keep me");
        client.Inbox.Since(mark).Should().ContainSingle();
        server.RequestsOn(MetaChannels.Subscribe).Single()[Fields.Ext]!["bent"]!.GetValue<bool>().Should().BeTrue();
    }

    [Test]
    public async Task States_follow_the_session_and_a_wait_that_times_out_names_the_actual_state()
    {
        var server = new FakeServer { TimeoutMs = 300 };
        await using var client = ClientFactory.WithFake(server, out _);
        var seen = new List<BayeuxState>();
        client.StateChanged += (s, _) =>
        {
            lock (seen)
            {
                seen.Add(s);
            }
        };
        client.State.Should().Be(BayeuxState.Unconnected);
        var early = async () => await client.SubscribeAsync("/x");
        (await early.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("call HandshakeAsync first");
        client.Subscriptions.Should().BeEmpty();

        await client.HandshakeAsync();
        (await client.WaitForStateAsync(Deadline, BayeuxState.Connected)).Should().Be(BayeuxState.Connected);
        var wait = async () => await client.WaitForStateAsync(TimeSpan.FromMilliseconds(100), BayeuxState.Disconnecting);
        (await wait.Should().ThrowAsync<TimeoutException>()).Which.Message.Should().Contain("Expected state Disconnecting within 100 ms").And.Contain("Actual: Connected");

        await client.DisconnectAsync();
        client.State.Should().Be(BayeuxState.Disconnected);
        lock (seen)
        {
            seen.Should().ContainInOrder(BayeuxState.Handshaking, BayeuxState.Connecting, BayeuxState.Connected, BayeuxState.Disconnecting, BayeuxState.Disconnected);
        }
    }
}
