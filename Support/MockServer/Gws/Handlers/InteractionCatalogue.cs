using Conformance.GwsProtocol;
using static Conformance.MockServer.Gws.Handlers.ParameterRule;

namespace Conformance.MockServer.Gws.Handlers;

/// <summary>
/// The parameter table of every chat and SMS agent operation (the "Chat API" and "SMS Session API" operation pages). Where
/// chat and SMS differ, the SMS pages list fewer optional parameters (docs/inferences.md#sms-mirrors-chat).
/// </summary>
internal static class InteractionCatalogue
{
    private static readonly ParameterRule[] ChatTextOptions =
        [Optional(Parameters.MessageType), Optional(Parameters.TreatAs)];

    public static IReadOnlyDictionary<string, Signature> For(MediaKind media) =>
        media == MediaKind.Chat ? Chat : Sms;

    private static readonly Dictionary<string, Signature> Chat = new(StringComparer.Ordinal)
    {
        [Operations.Accept] = Signature.Of(Mandatory(Parameters.Nickname), Optional(Parameters.SaveLar, ParameterKind.Boolean)),
        [Operations.Reject] = Signature.None,
        [Operations.Complete] = Signature.Of(
            [Optional(Parameters.QueueName), Optional(Parameters.SaveLar, ParameterKind.Boolean), Optional(Parameters.Text), .. ChatTextOptions]),
        [Operations.Leave] = Signature.Of([Optional(Parameters.Text), .. ChatTextOptions]),
        [Operations.Transfer] = new(
            [Optional(Parameters.TargetUri), Optional(Parameters.QueueName), Optional(Parameters.Text), .. ChatTextOptions],
            [Parameters.TargetUri, Parameters.QueueName]),
        [Operations.Consult] = Signature.Of(Mandatory(Parameters.TargetUri)),
        [Operations.Invite] = Signature.Of(Mandatory(Parameters.TargetUri)),
        [Operations.SendMessage] = Signature.Of([Mandatory(Parameters.Text), .. ChatTextOptions]),
        [Operations.SendStartTypingNotification] = Signature.None,
        [Operations.SendStopTypingNotification] = Signature.None,
        [Operations.SendToAgents] = Signature.Of([Mandatory(Parameters.Text), .. ChatTextOptions]),
        [Operations.SendStartTypingToAgentsNotification] = Signature.None,
        [Operations.SendStopTypingToAgentsNotification] = Signature.None,
        [Operations.SendUrl] = Signature.Of([Mandatory(Parameters.Url), Optional(Parameters.Text), .. ChatTextOptions]),
        [Operations.SendCustomNotice] = Signature.Of(Mandatory(Parameters.NoticeText)),
        [Operations.SendCustomNoticeToAgents] = Signature.Of(Mandatory(Parameters.NoticeText)),
        [Operations.AttachUserData] = Signature.Of(Mandatory(Parameters.UserData, ParameterKind.Object)),
        [Operations.UpdateUserData] = Signature.Of(Mandatory(Parameters.UserData, ParameterKind.Object)),
        [Operations.DeleteUserData] = Signature.Of(Mandatory(Parameters.Keys, ParameterKind.TextList)),
        [Operations.SetDisposition] = Signature.Of(Mandatory(Parameters.Disposition), Optional(Parameters.DispositionKey)),
        [Operations.SetInFocus] = Signature.None,
        [Operations.CancelConsult] = Signature.None,
        [Operations.RemoveParticipantFromConference] = Signature.Of(Mandatory(Parameters.TargetUri)),
    };

    /// <summary>RemoveParticipantFromConference has a chat page only (a draft); the SMS pages name no such operation.</summary>
    private static readonly Dictionary<string, Signature> Sms = new(Chat.Where(o => o.Key != Operations.RemoveParticipantFromConference), StringComparer.Ordinal)
    {
        [Operations.Complete] = Signature.Of(Optional(Parameters.QueueName), Optional(Parameters.SaveLar, ParameterKind.Boolean)),
        [Operations.Leave] = Signature.None,
        [Operations.Consult] = new([Optional(Parameters.TargetUri), Optional(Parameters.TargetPath)], [Parameters.TargetUri, Parameters.TargetPath]),
        [Operations.Invite] = new([Optional(Parameters.TargetUri), Optional(Parameters.TargetPath)], [Parameters.TargetUri, Parameters.TargetPath]),
        [Operations.SendMessage] = Signature.Of(Mandatory(Parameters.Text)),
        [Operations.SendToAgents] = Signature.Of(Mandatory(Parameters.Text)),
        [Operations.SendUrl] = Signature.Of(Mandatory(Parameters.Url)),
        [Operations.LeaveAndComplete] = Signature.None,
    };
}
