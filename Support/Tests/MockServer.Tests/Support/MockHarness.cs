using System.Net;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Bayeux;
using Conformance.MockServer.Hosting;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;

namespace MockServer.Tests.Support;

/// <summary>
/// A mock server on 127.0.0.1:0 whose notifications are recorded instead of sent over Bayeux, plus
/// agent and control clients. One per test; disposing stops the server.
/// </summary>
internal sealed class MockHarness : IAsyncDisposable
{
    private readonly List<AgentClient> _clients = [];
    private readonly HttpClient _control;

    private MockHarness(MockGwsServer server, RecordingPublisher recorder)
    {
        Server = server;
        Recorder = recorder;
        _control = new HttpClient { BaseAddress = server.ControlAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public MockGwsServer Server { get; }
    public RecordingPublisher Recorder { get; }

    public static async Task<MockHarness> StartAsync(MockServerOptions? options = null)
    {
        var recorder = new RecordingPublisher();
        var server = await MockGwsServer.StartAsync(options, services => services.AddSingleton<INotificationPublisher>(recorder), CancellationToken.None);
        return new MockHarness(server, recorder);
    }

    public AgentClient Agent(string userName)
    {
        var user = Server.Directory.FindByName(userName) ?? throw new ArgumentException($"No user {userName}");
        var client = new AgentClient(Server.BaseAddress, user.UserName, user.Id, user.Password);
        _clients.Add(client);
        return client;
    }

    public AgentClient Anonymous()
    {
        var client = new AgentClient(Server.BaseAddress, "", "", "", sendCredentials: false);
        _clients.Add(client);
        return client;
    }

    /// <summary>Start a contact-center session on chat and SMS and go Ready.</summary>
    public async Task<AgentClient> ReadyAgentAsync(string userName)
    {
        var agent = Agent(userName);
        (await agent.MeAsync(Operations.StartContactCenterSession, new JsonObject
        {
            [Parameters.Channels] = new JsonArray(MediaChannels.Chat, MediaChannels.SmsSession),
        })).StatusCode.Should().Be(0);
        (await agent.MeAsync(Operations.Ready)).StatusCode.Should().Be(0);
        return agent;
    }

    /// <summary>Waits until every notification caused so far has been handed to the publisher.</summary>
    public async Task SettleAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await Server.WaitForNotificationsAsync(timeout.Token);
    }

    /// <summary>A position in the record after everything caused so far has arrived; later notifications follow it.</summary>
    public async Task<int> MarkAsync()
    {
        await SettleAsync();
        return Recorder.Count;
    }

    /// <summary>The notifications <paramref name="agent"/> received since <paramref name="mark"/>, after settling.</summary>
    public async Task<IReadOnlyList<Published>> ReceivedAsync(AgentClient agent, int mark)
    {
        await SettleAsync();
        return Recorder.Since(mark, agent.UserId);
    }

    public async Task<Reply> ControlPostAsync(string path, JsonObject? body = null)
    {
        using var content = new StringContent((body ?? []).ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await _control.PostAsync(path.TrimStart('/'), content);
        return await Reply.ReadAsync(response);
    }

    public async Task<Reply> ControlGetAsync(string path)
    {
        using var response = await _control.GetAsync(path.TrimStart('/'));
        return await Reply.ReadAsync(response);
    }

    public async Task<Reply> ControlPutAsync(string path, JsonObject body)
    {
        using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await _control.PutAsync(path.TrimStart('/'), content);
        return await Reply.ReadAsync(response);
    }

    /// <summary>A customer offers a session straight to <paramref name="agent"/>; returns its id.</summary>
    public async Task<string> OfferAsync(MediaKind media, AgentClient agent, string? text = null, JsonObject? userData = null)
    {
        var reply = await ControlPostAsync(MockControlRoutes.Offers(media.CollectionSegment), new JsonObject
        {
            [MockControlFields.UserName] = agent.UserName,
            [MockControlFields.CustomerNickname] = "Pat",
            [MockControlFields.Text] = text,
            [MockControlFields.UserData] = userData,
        });
        reply.Status.Should().Be(HttpStatusCode.OK, reply.ToString());
        return reply.Json![MockControlFields.InteractionId]!.GetValue<string>();
    }

    /// <summary>Offer and accept; the agent is then Chatting alone with the customer.</summary>
    public async Task<string> ChattingAsync(MediaKind media, AgentClient agent, string? text = null)
    {
        var id = await OfferAsync(media, agent, text);
        var accept = await agent.OperateAsync(media, id, Operations.Accept, new JsonObject { [Parameters.Nickname] = agent.UserName });
        accept.StatusCode.Should().Be(0, accept.ToString());
        return id;
    }

    public async Task<JsonArray> CustomerTranscriptAsync(MediaKind media, string id)
    {
        await SettleAsync();
        var reply = await ControlGetAsync(MockControlRoutes.CustomerTranscript(media.CollectionSegment, id));
        reply.StatusCode.Should().Be(0, reply.ToString());
        return reply.Json![MockControlFields.Messages]!.AsArray();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _control.Dispose();
        await Server.DisposeAsync();
    }
}
