namespace MockBench;

/// <summary>
/// What differs between the two servers under the same load: where the Bayeux endpoint is, which channel an agent's
/// events come on, how an operation is requested, and whether requests carry Basic credentials.
/// </summary>
internal sealed class Target(string kind, Uri baseUrl)
{
    /// <summary>Notifications per operation, as the mock sends them to the acting agent and benchmarks/mock/payloads.js to the peer
    /// (offer: StatusChange Invited; Accept: StatusChange, ParticipantsUpdated, MessageLogUpdated; SendMessage: MessageLogUpdated; Complete: StatusChange).</summary>
    public static int EventsOf(string operation) => operation switch
    {
        "offer" => 1,
        "accept" => 3,
        "send" => 1,
        "complete" => 1,
        _ => throw new ArgumentException("unknown operation " + operation),
    };

    public bool IsMock { get; } = kind switch
    {
        "mock" => true,
        "peer" => false,
        _ => throw new ArgumentException($"--target {kind}: expected mock or peer"),
    };

    public Uri Endpoint => new(baseUrl, IsMock ? "api/v2/notifications" : "cometd");

    public string Channel(string agent) => IsMock ? "/v2/me/chats" : "/bench/" + agent;

    public static string Authorization(string agent) => "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(agent + ":password"));

    /// <summary>The request of one operation: the mock's control API offer or a chat operation; the peer's /op.</summary>
    public (Uri Url, string Body, bool Authenticated) Operation(string agent, string operation, string? chatId)
    {
        if (!IsMock)
        {
            return (new Uri(baseUrl, "op"), $$"""{"agent":"{{agent}}","kind":"{{operation}}"}""", false);
        }
        if (operation == "offer")
        {
            return (new Uri(baseUrl, "mock-control/chats/offers"), $$"""{"userName":"{{agent}}"}""", false);
        }
        var body = operation switch
        {
            "accept" => $$"""{"operationName":"Accept","nickname":"{{agent}}"}""",
            "send" => """{"operationName":"SendMessage","text":"hello from the benchmark"}""",
            "complete" => """{"operationName":"Complete"}""",
            _ => throw new ArgumentException("unknown operation " + operation),
        };
        return (new Uri(baseUrl, $"api/v2/me/chats/{chatId}"), body, true);
    }
}
