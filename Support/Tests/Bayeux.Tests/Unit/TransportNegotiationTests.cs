using Bayeux.Tests.Fakes;
using Conformance.Bayeux;
using Conformance.Bayeux.Protocol;
using FluentAssertions;

namespace Bayeux.Tests.Unit;

/// <summary>WebSocket first, long-polling as fallback, negotiated through supportedConnectionTypes (Bayeux spec: "supportedConnectionTypes"; docs/cometd-behaviour.md#websocket).</summary>
public class TransportNegotiationTests
{
    private static readonly TimeSpan Deadline = ClientFactory.Deadline;

    private static BayeuxClient Client(FakeServer server, FakeTransport socket, FakeTransport polling) => new(new BayeuxClientOptions
    {
        Endpoint = ClientFactory.Endpoint,
        MaxNetworkDelay = TimeSpan.FromSeconds(3),
        Transports = _ => [socket, polling],
    });

    [Test]
    public async Task A_refused_upgrade_falls_back_to_long_polling()
    {
        var server = new FakeServer { ConnectionTypes = [ConnectionTypes.LongPolling, ConnectionTypes.WebSocket] };
        var socket = new FakeTransport(server, ConnectionTypes.WebSocket, repliesInResponse: false) { RefuseOpen = true };
        var polling = new FakeTransport(server);
        await using var client = Client(server, socket, polling);

        await client.HandshakeAsync();

        client.ConnectionType.Should().Be(ConnectionTypes.LongPolling);
        server.RequestsOn(MetaChannels.Handshake).Single()[Fields.SupportedConnectionTypes]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().Equal(ConnectionTypes.WebSocket, ConnectionTypes.LongPolling);
        (await server.WaitForMessagesAsync(MetaChannels.Connect, 1, Deadline))[0][Fields.ConnectionType]!.GetValue<string>().Should().Be(ConnectionTypes.LongPolling);
        client.Traffic.ToText().Should().Contain("transport unavailable: upgrade refused");
    }

    [Test]
    public async Task The_websocket_is_used_when_the_server_offers_it_and_dropped_when_it_does_not()
    {
        var offering = new FakeServer { ConnectionTypes = [ConnectionTypes.LongPolling, ConnectionTypes.WebSocket] };
        await using (var client = Client(offering, new FakeTransport(offering, ConnectionTypes.WebSocket, repliesInResponse: false), new FakeTransport(offering)))
        {
            await client.HandshakeAsync();
            client.ConnectionType.Should().Be(ConnectionTypes.WebSocket);
            (await offering.WaitForMessagesAsync(MetaChannels.Connect, 1, Deadline))[0][Fields.ConnectionType]!.GetValue<string>().Should().Be(ConnectionTypes.WebSocket);
        }

        var refusing = new FakeServer { ConnectionTypes = [ConnectionTypes.LongPolling] };
        await using (var client = Client(refusing, new FakeTransport(refusing, ConnectionTypes.WebSocket, repliesInResponse: false), new FakeTransport(refusing)))
        {
            await client.HandshakeAsync();
            client.ConnectionType.Should().Be(ConnectionTypes.LongPolling);
            (await refusing.WaitForMessagesAsync(MetaChannels.Connect, 1, Deadline))[0][Fields.ConnectionType]!.GetValue<string>().Should().Be(ConnectionTypes.LongPolling);
        }
    }
}
