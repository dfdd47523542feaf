using Bayeux.Tests.Fakes;
using Conformance.Bayeux;

namespace Bayeux.Tests;

/// <summary>Clients wired to fakes, with short but generous timings for a loaded 2-core machine.</summary>
internal static class ClientFactory
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);
    public static readonly Uri Endpoint = new("http://127.0.0.1:9/cometd");

    public static BayeuxClient WithFake(FakeServer server, out FakeTransport transport, Func<BayeuxClientOptions, BayeuxClientOptions>? adjust = null, bool push = false)
    {
        if (push && !server.ConnectionTypes.Contains("websocket"))
        {
            server.ConnectionTypes = [.. server.ConnectionTypes, "websocket"];
        }
        var fake = new FakeTransport(server, push ? "websocket" : "long-polling", repliesInResponse: !push);
        transport = fake;
        var options = new BayeuxClientOptions
        {
            Endpoint = Endpoint,
            MaxNetworkDelay = TimeSpan.FromSeconds(3),
            BackOff = new LinearBackOff(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400)),
            RequestTimeout = Deadline,
            HandshakeTimeout = Deadline,
            DisconnectTimeout = TimeSpan.FromSeconds(2),
            Transports = _ => [fake],
        };
        return new BayeuxClient(adjust?.Invoke(options) ?? options);
    }
}
