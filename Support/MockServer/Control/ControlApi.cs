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

/// <summary>Field names of control-API bodies and answers.</summary>
public static class ControlFields
{
    public const string UserName = "userName";
    public const string Queue = "queue";
    public const string CustomerNickname = "customerNickname";
    public const string Text = "text";
    public const string UserData = "userData";
    public const string InteractionId = "interactionId";
    public const string OfferedTo = "offeredTo";
    public const string WaitingInQueue = "waitingInQueue";
    public const string CustomerPresent = "customerPresent";
    public const string Messages = "messages";
    public const string State = "state";
    public const string Channel = "channel";
    public const string Active = "active";
    public const string Known = "known";
    public const string Index = "index";

    /// <summary>The nickname of a customer when the offer names none.</summary>
    public const string DefaultCustomerNickname = "Customer";
}
