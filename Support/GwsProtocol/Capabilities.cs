namespace Conformance.GwsProtocol;

/// <summary>
/// Capability lists per state (gws-api.md 3.1, 3.4). Where the docs disagree the mock uses the later
/// samples: <c>SetInFocus</c> rather than the 2014 <c>InFocus</c> (gws-api.md 9.9).
/// </summary>
public static class Capabilities
{
    /// <summary>An offer: not documented; the iOS and C# clients look for these two (gws-api-gaps.md 1).</summary>
    public static readonly IReadOnlyList<string> Invited = [Operations.Accept, Operations.Reject];

    /// <summary>Chatting alone with the customer: the 13 of the later samples (gws-api.md 3.1).</summary>
    public static readonly IReadOnlyList<string> Chatting =
    [
        Operations.Transfer, Operations.Leave, Operations.Invite, Operations.Consult, Operations.SetInFocus,
        Operations.SetDisposition, Operations.AttachUserData, Operations.DeleteUserData, Operations.UpdateUserData,
        Operations.Complete, Operations.SendMessage, Operations.SendStartTypingNotification,
        Operations.SendStopTypingNotification,
    ];

    /// <summary>Chatting with another agent (after Invite or Consult): the 13 plus 3 (seeds 000-002).</summary>
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
    /// two operations the Leave page says stay possible (gws-api.md 3.1, 9.9).
    /// </summary>
    public static readonly IReadOnlyList<string> LeftChat =
    [
        Operations.Transfer, Operations.Complete, Operations.Leave, Operations.SetInFocus,
        Operations.UpdateUserData, Operations.SetDisposition,
    ];

    /// <summary>Completed and Revoked: the samples carry none (gws-api.md 3.1); the mock sends [].</summary>
    public static readonly IReadOnlyList<string> Finished = [];

    /// <summary>IM Talking: the five of IMSessionResource (gws-api.md 3.4, seed 004).</summary>
    public static readonly IReadOnlyList<string> ImTalking =
    [
        Operations.Complete, Operations.AttachUserData, Operations.DeleteUserData, Operations.UpdateUserData,
        Operations.SendMessage,
    ];
}
