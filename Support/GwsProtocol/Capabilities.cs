namespace Conformance.GwsProtocol;

/// <summary>
/// Capability lists per state (the chat, SMS and IM samples; "IM Session Resource"). Where the docs disagree the mock uses the later
/// samples: <c>SetInFocus</c> rather than the 2014 <c>InFocus</c> (docs/inferences.md#capabilities).
/// </summary>
public static class Capabilities
{
    /// <summary>An offer: not documented; the iOS and C# clients look for these two (docs/inferences.md#offer-invited).</summary>
    public static readonly IReadOnlyList<string> Invited = [Operations.Accept, Operations.Reject];

    /// <summary>Chatting alone with the customer: the 13 of the later samples ("Chat API: AttachUserData", "Chat API: Message Types").</summary>
    public static readonly IReadOnlyList<string> Chatting =
    [
        Operations.Transfer, Operations.Leave, Operations.Invite, Operations.Consult, Operations.SetInFocus,
        Operations.SetDisposition, Operations.AttachUserData, Operations.DeleteUserData, Operations.UpdateUserData,
        Operations.Complete, Operations.SendMessage, Operations.SendStartTypingNotification,
        Operations.SendStopTypingNotification,
    ];

    /// <summary>Chatting with another agent (after Invite or Consult): the 13 plus 3 ("Chat API: Invite", "SMS Session API: Invite").</summary>
    public static readonly IReadOnlyList<string> ChattingInConference =
    [
        Operations.Transfer, Operations.Leave, Operations.Invite, Operations.Consult, Operations.SetInFocus,
        Operations.SetDisposition, Operations.AttachUserData, Operations.DeleteUserData, Operations.UpdateUserData,
        Operations.SendToAgents, Operations.SendStartTypingToAgentsNotification,
        Operations.SendStopTypingToAgentsNotification, Operations.Complete, Operations.SendMessage,
        Operations.SendStartTypingNotification, Operations.SendStopTypingNotification,
    ];

    /// <summary>
    /// LeftChat: the documented <c>Transfer, Complete, Leave, InFocus</c> (InFocus spelt SetInFocus), plus the
    /// two operations the Leave page says stay possible ("Chat API: Leave"; docs/inferences.md#capabilities).
    /// </summary>
    public static readonly IReadOnlyList<string> LeftChat =
    [
        Operations.Transfer, Operations.Complete, Operations.Leave, Operations.SetInFocus,
        Operations.UpdateUserData, Operations.SetDisposition,
    ];

    /// <summary>Completed and Revoked: the samples carry none ("Chat API: Reject", "Chat API: Complete"); the mock sends [].</summary>
    public static readonly IReadOnlyList<string> Finished = [];

    /// <summary>IM Talking: the five of "IM Session Resource" and "IM Session API: InitiateIMSession".</summary>
    public static readonly IReadOnlyList<string> ImTalking =
    [
        Operations.Complete, Operations.AttachUserData, Operations.DeleteUserData, Operations.UpdateUserData,
        Operations.SendMessage,
    ];
}
