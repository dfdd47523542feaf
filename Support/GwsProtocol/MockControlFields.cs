namespace Conformance.GwsProtocol;

/// <summary>Field names of the mock's control-API bodies and answers (beside the GWS envelope's statusCode and statusMessage).</summary>
public static class MockControlFields
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
