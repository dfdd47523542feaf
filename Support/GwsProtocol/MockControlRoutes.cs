namespace Conformance.GwsProtocol;

/// <summary>
/// Routes of the mock's test-control API (not part of GWS), relative to its prefix. The mock maps
/// exactly these and the suite's control client (and the tests) call them, so both read the same
/// constant; nothing else spells a control route.
/// </summary>
public static class MockControlRoutes
{
    /// <summary>The prefix the mock serves the control API under unless told otherwise (MockServerOptions.ControlPrefix).</summary>
    public const string DefaultPrefix = "/mock-control";

    /// <summary>POST: forgets interactions and agent states; users keep their HTTP sessions, deviations stay as set.</summary>
    public const string Reset = "reset";

    /// <summary>POST: answers once every notification caused so far has been handed to the Bayeux sessions.</summary>
    public const string Barrier = "barrier";

    /// <summary>GET: the active and known deviations; PUT {"active":[names]}: switches them.</summary>
    public const string Deviations = "deviations";

    /// <summary>GET: the directory file as loaded, passwords included.</summary>
    public const string Directory = "directory";

    /// <summary>POST: {"state":"Ready"|"NotReady","channel"?}.</summary>
    public static string AgentState(string userName) => $"agents/{userName}/state";

    /// <summary>POST: a customer's new session; <paramref name="collection"/> is chats or smssessions.</summary>
    public static string Offers(string collection) => $"{collection}/offers";

    /// <summary>POST {"text"}: the customer writes a message.</summary>
    public static string CustomerMessages(string collection, string id) => $"{collection}/{id}/customer/messages";

    public static string CustomerTypingStarted(string collection, string id) => $"{collection}/{id}/customer/typing-started";

    public static string CustomerTypingStopped(string collection, string id) => $"{collection}/{id}/customer/typing-stopped";

    public static string CustomerLeave(string collection, string id) => $"{collection}/{id}/customer/leave";

    /// <summary>GET: what the customer's side has seen of the interaction, in order (messages, customerPresent).</summary>
    public static string CustomerTranscript(string collection, string id) => $"{collection}/{id}/customer/transcript";

    /// <summary>
    /// POST: the next operation an agent posts on this interaction passes validation, is answered
    /// statusCode 0 with its referenceId, and then fails in the backend: an Error notification with that
    /// referenceId and the unchanged resource, and nothing changed. <paramref name="collection"/> is
    /// chats or smssessions.
    /// </summary>
    public static string BackendFailure(string collection, string id) => $"{collection}/{id}/backend-failure";
}
