namespace Conformance.GwsProtocol;

/// <summary>Texts of system entries in the message log.</summary>
public static class NoticeTexts
{
    /// <summary>
    /// The Notice (visibility Agents) written when an agent is removed from a conference, followed by
    /// the removed agent's user id (Chat API: RemoveParticipantFromConference).
    /// </summary>
    public const string RemoveParticipantFromConference = "REMOVE_PARTICIPANT_FROM_CONFERENCE";
}
