namespace Conformance.MockServer.Control;

/// <summary>
/// Routes of the test-control API, relative to its prefix (default /mock-control). Not part of GWS;
/// clients such as the conformance suite can use these names instead of literals.
/// </summary>
public static class ControlRoutes
{
    public const string DefaultPrefix = "/mock-control";
    public const string Reset = "reset";
    public const string Barrier = "barrier";
    public const string Deviations = "deviations";
    public const string Directory = "directory";

    /// <summary>POST: {"state":"Ready"|"NotReady","channel"?}.</summary>
    public static string AgentState(string userName) => $"agents/{userName}/state";

    /// <summary>POST: a customer's new session; <paramref name="collection"/> is chats or smssessions.</summary>
    public static string Offers(string collection) => $"{collection}/offers";

    public static string CustomerMessages(string collection, string id) => $"{collection}/{id}/customer/messages";

    public static string CustomerTypingStarted(string collection, string id) => $"{collection}/{id}/customer/typing-started";

    public static string CustomerTypingStopped(string collection, string id) => $"{collection}/{id}/customer/typing-stopped";

    public static string CustomerLeave(string collection, string id) => $"{collection}/{id}/customer/leave";

    public static string CustomerTranscript(string collection, string id) => GwsProtocol.MockControlRoutes.CustomerTranscript(collection, id);
}
