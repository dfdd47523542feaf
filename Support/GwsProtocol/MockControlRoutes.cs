namespace Conformance.GwsProtocol;

/// <summary>
/// Routes of the mock's control API that the conformance suite calls by name (not part of GWS), relative
/// to the control prefix. The mock maps them and the suite's control client posts to them, so both
/// read the same constant.
/// </summary>
public static class MockControlRoutes
{
    /// <summary>
    /// POST: the next operation an agent posts on this interaction passes validation, is answered
    /// statusCode 0 with its referenceId, and then fails in the backend: an Error notification with that
    /// referenceId and the unchanged resource, and nothing changed. <paramref name="collection"/> is
    /// chats or smssessions.
    /// </summary>
    public static string BackendFailure(string collection, string id) => $"{collection}/{id}/backend-failure";

    /// <summary>GET: what the customer's side has seen of the interaction, in order (messages, customerPresent).</summary>
    public static string CustomerTranscript(string collection, string id) => $"{collection}/{id}/customer/transcript";
}
