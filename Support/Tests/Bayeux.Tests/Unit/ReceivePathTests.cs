using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Bayeux;
using Conformance.Bayeux.Transport;
using FluentAssertions;

namespace Bayeux.Tests.Unit;

/// <summary>
/// The receive path keeps the wire's bytes as the one copy of what arrived: an event's Raw is the message exactly as
/// received, its data is built from those bytes on first read, and the traffic entry is the body as received.
/// </summary>
public class ReceivePathTests
{
    // Spaces, an escaped slash and non-ASCII text, as a server may send them; a re-serialisation would change all three.
    private const string WireEvent = "{ \"channel\": \"\\/v2\\/me\", \"data\": { \"text\": \"Grüße ✓\", \"n\": 1.50 } }";
    private const string WireBody = "[" + WireEvent + " , {\"channel\":\"/meta/connect\",\"successful\":true,\"id\":\"7\"}]";

    [Test]
    public async Task The_long_polling_transport_hands_over_each_message_exactly_as_received()
    {
        using var http = new HttpSetup(new Uri("http://127.0.0.1:9/cometd"), new LiteralHandler(WireBody), null, new Dictionary<string, string>(), new Redaction([]));
        var transport = new LongPollingTransport(http);
        var listener = new CapturingListener();
        await transport.OpenAsync(listener, CancellationToken.None);

        await transport.SendAsync(new TransportBatch([new JsonObject { ["channel"] = "/meta/connect" }], true, TimeSpan.FromSeconds(10)), CancellationToken.None);

        listener.Bodies.Should().Equal(WireBody);
        listener.Raws.Should().Equal(WireEvent, "{\"channel\":\"/meta/connect\",\"successful\":true,\"id\":\"7\"}");
        listener.Channels.Should().Equal("/v2/me", "/meta/connect");
    }

    [Test]
    public void A_body_that_is_not_Bayeux_JSON_is_a_transport_failure_that_says_why()
    {
        var notJson = () => ReceivedArray.Parse(Encoding.UTF8.GetBytes("[{\"channel\":"));
        var notObject = () => ReceivedArray.Parse(Encoding.UTF8.GetBytes("[{\"channel\":\"/a\"}, 5]"));
        var scalar = () => ReceivedArray.Parse(Encoding.UTF8.GetBytes("\"hello\""));

        notJson.Should().Throw<BayeuxTransportException>().WithMessage("The response is not JSON: *");
        notObject.Should().Throw<BayeuxTransportException>().WithMessage("The response array holds a non-object: 5");
        scalar.Should().Throw<BayeuxTransportException>().WithMessage("The response is neither a JSON array nor an object: \"hello\"");
    }

    [Test]
    public void A_lone_object_and_a_byte_order_mark_are_accepted()
    {
        using var received = ReceivedArray.Parse([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"channel\":\"/a\",\"data\":1}")]);

        received.Count.Should().Be(1);
        Encoding.UTF8.GetString(received.Raw(0).Span).Should().Be("{\"channel\":\"/a\",\"data\":1}");
        received.Message(0)["data"]!.GetValue<int>().Should().Be(1);
    }

    [Test]
    public void A_node_built_from_the_wire_outlives_the_array()
    {
        JsonObject reply;
        using (var received = ReceivedArray.Parse(Encoding.UTF8.GetBytes(WireBody)))
        {
            reply = received.Message(1);
        }

        reply["id"]!.GetValue<string>().Should().Be("7");
    }

    [Test]
    public void An_event_read_from_the_wire_builds_its_data_once_on_first_read()
    {
        var inbox = new BayeuxInbox();
        var raw = Encoding.UTF8.GetBytes(WireEvent).AsMemory();
        var dataText = "{ \"text\": \"Grüße ✓\", \"n\": 1.50 }";
        var added = inbox.Add("/v2/me", null, Encoding.UTF8.GetBytes(dataText), raw, "c1", "long-polling", []);

        var reads = Enumerable.Range(0, 8).AsParallel().Select(_ => added.Data).ToArray();

        reads.Should().OnlyContain(node => ReferenceEquals(node, reads[0]));
        reads[0]!["text"]!.GetValue<string>().Should().Be("Grüße ✓");
        added.Raw.Should().Be(WireEvent);
        added.Describe().Should().Contain("\"n\":1.50");
    }

    [Test]
    public void The_inbox_keeps_order_across_its_storage_chunks()
    {
        var inbox = new BayeuxInbox();
        var mark = default(InboxMark);
        for (var i = 1; i <= 10_000; i++)
        {
            if (i == 4_000)
            {
                mark = inbox.Mark();
            }
            inbox.Add("/a", i, ReadOnlyMemory<byte>.Empty, "c1", "long-polling", []);
        }

        inbox.Events.Select(e => e.Data!.GetValue<int>()).Should().Equal(Enumerable.Range(1, 10_000));
        inbox.Since(mark).Select(e => e.Data!.GetValue<int>()).Should().Equal(Enumerable.Range(4_000, 6_001));
    }

    private sealed class LiteralHandler(string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }

    private sealed class CapturingListener : ITransportListener
    {
        public List<string> Bodies { get; } = [];

        public List<string> Raws { get; } = [];

        public List<string> Channels { get; } = [];

        public void OnMessages(ReceivedArray messages, IBayeuxTransport transport)
        {
            Bodies.Add(Encoding.UTF8.GetString(messages.Utf8.Span));
            for (var i = 0; i < messages.Count; i++)
            {
                Raws.Add(Encoding.UTF8.GetString(messages.Raw(i).Span));
                Channels.Add(messages.Message(i)["channel"]!.GetValue<string>());
            }
        }

        public void OnFailure(BayeuxTransportException failure, IBayeuxTransport transport)
        {
        }

        public void OnNote(string text, IBayeuxTransport transport)
        {
        }
    }
}
