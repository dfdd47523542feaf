using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Directory;
using Conformance.MockServer.Gws.Domain;
using static Conformance.MockServer.Gws.Handlers.ParameterRule;

namespace Conformance.MockServer.Gws.Handlers;

/// <summary>
/// The IM session operations ("IM Session API: InitiateIMSession", "IM Session Resource"). When the destination is another agent's
/// IM device, that agent gets StatusChange Alerting then Talking with no action of its own, since no
/// answer operation is documented (docs/inferences.md#im-incoming).
/// </summary>
internal sealed class ImOperations(DomainContext context)
{
    private static readonly Signature Initiate = Signature.Of(
        Mandatory(Parameters.Destination, ParameterKind.Destination),
        Optional(Parameters.UserData, ParameterKind.Object),
        Optional(Parameters.DevicePath));

    /// <summary>SendMessage requires destination and devicePath here, unlike Initiate (docs/inferences.md#im-user-data-and-parameters).</summary>
    private static readonly Dictionary<string, Signature> OnSession = new(StringComparer.Ordinal)
    {
        [Operations.SendMessage] = Signature.Of(
            Mandatory(Parameters.Text), Mandatory(Parameters.Destination, ParameterKind.Destination), Mandatory(Parameters.DevicePath)),
        [Operations.Complete] = Signature.None,
        [Operations.AttachUserData] = Signature.Of(Mandatory(Parameters.UserData, ParameterKind.Object)),
        [Operations.UpdateUserData] = Signature.Of(Mandatory(Parameters.UserData, ParameterKind.Object)),

        // A single key string, not keys[] as for chat (docs/inferences.md#im-user-data-and-parameters).
        [Operations.DeleteUserData] = Signature.Of(Mandatory(Parameters.Key)),
    };

    /// <summary>
    /// InitiateIMSession ("IM Session API: InitiateIMSession"): StatusChange Talking (r) to the initiator; fails synchronously when
    /// the agent has no IM device (3), has several and names none (1), names one it does not own (10), or
    /// already has an IM session ("Invalid state", 2).
    /// </summary>
    public ApiResult InitiateSession(string userId, JsonObject body, Task? gate)
    {
        if (OperationName.Read(body, out var operation) is { } nameError)
        {
            return nameError;
        }

        if (operation != Operations.InitiateImSession)
        {
            return OperationName.Unknown(operation);
        }

        if (Initiate.Validate(body) is { } invalid)
        {
            return invalid;
        }

        var user = context.Directory.FindById(userId)!;
        var devices = user.Devices.Where(d => d.ImCapable).ToList();
        DirectoryDevice device;
        if (body[Parameters.DevicePath]?.GetValue<string>() is { } devicePath)
        {
            var chosen = devices.FirstOrDefault(d => ApiLinks.DevicePath(d.Id) == devicePath);
            if (chosen is null)
            {
                return ApiResult.Fail(GwsStatusCodes.InputValidationError, "devicePath names no IM device of this user");
            }

            device = chosen;
        }
        else if (devices.Count == 0)
        {
            return ApiResult.Fail(GwsStatusCodes.OperationForbidden, "No device capable of IM sessions");
        }
        else if (devices.Count > 1)
        {
            return ApiResult.Fail(GwsStatusCodes.ParameterMissing, "devicePath is required: several devices can carry IM sessions");
        }
        else
        {
            device = devices[0];
        }

        var number = body[Parameters.Destination]![Parameters.PhoneNumber]!.GetValue<string>();
        lock (context.State.Gate)
        {
            if (context.State.ActiveImSessionOf(userId) is not null)
            {
                return ApiResult.Fail(GwsStatusCodes.ParameterInvalidForState, GwsStatusCodes.InvalidStateMessage);
            }

            var referenceId = context.State.NextReferenceId();
            var session = new ImSession
            {
                Id = context.State.NextInteractionId(),
                UserData = body[Parameters.UserData]?.DeepClone().AsObject() ?? [],
            };
            var initiator = new ImParty { UserId = userId, DeviceId = device.Id, RemotePhoneNumber = number, State = ImSessionStates.Talking };
            session.Parties.Add(initiator);
            context.State.ImSessions[session.Id] = session;

            var notify = context.NewBatch();
            notify.ImStatusChange(session, initiator, referenceId);
            if (FindImDevice(number) is { } remote && remote.User.Id != userId && context.State.ActiveImSessionOf(remote.User.Id) is null)
            {
                var callee = new ImParty
                {
                    UserId = remote.User.Id,
                    DeviceId = remote.Device.Id,
                    RemotePhoneNumber = device.PhoneNumber,
                    State = ImSessionStates.Alerting,
                };
                session.Parties.Add(callee);
                notify.ImStatusChange(session, callee, referenceId: null);
                callee.State = ImSessionStates.Talking;
                notify.ImStatusChange(session, callee, referenceId: null);
            }

            context.Publish(notify, gate);
            return ApiResult.Accepted(referenceId);
        }
    }

    /// <summary>
    /// Operations on one IM session: SendMessage gives IMLogUpdateMessage (no referenceId, "IM Session API: Message Types")
    /// to both sides; Complete gives StatusChange Completed (r) to the actor and StatusChange Completed to
    /// the other side; the user-data operations give AttachedDataChanged (r), then AttachedDataChanged.
    /// </summary>
    public ApiResult Execute(string userId, string sessionId, JsonObject body, Task? gate)
    {
        if (OperationName.Read(body, out var operation) is { } nameError)
        {
            return nameError;
        }

        lock (context.State.Gate)
        {
            if (!context.State.ImSessions.TryGetValue(sessionId, out var session) || session.PartyOf(userId) is not { } party)
            {
                return ApiResult.NotFound($"IM session {sessionId}");
            }

            if (!OnSession.TryGetValue(operation, out var signature))
            {
                return OperationName.Unknown(operation);
            }

            if (signature.Validate(body) is { } invalid)
            {
                return invalid;
            }

            if (!CapabilityPolicy.Advertised(party).Contains(operation)
                && !context.Deviations.IsOn(Hosting.Deviation.IgnoreCapabilities))
            {
                return ApiResult.Fail(GwsStatusCodes.ParameterInvalidForState, GwsStatusCodes.InvalidStateMessage);
            }

            if (operation == Operations.SendMessage
                && body[Parameters.DevicePath]!.GetValue<string>() != ApiLinks.DevicePath(party.DeviceId))
            {
                return ApiResult.Fail(GwsStatusCodes.InputValidationError, "devicePath is not the device of this session");
            }

            if (operation == Operations.DeleteUserData && !session.UserData.ContainsKey(body[Parameters.Key]!.GetValue<string>()))
            {
                return ApiResult.Fail(GwsStatusCodes.InputValidationError, $"The IM session has no userData key '{body[Parameters.Key]!.GetValue<string>()}'");
            }

            var referenceId = context.State.NextReferenceId();
            var notify = context.NewBatch();
            var others = session.Parties.Where(p => p != party && p.State != ImSessionStates.Completed).ToList();
            switch (operation)
            {
                case Operations.SendMessage:
                    var text = body[Parameters.Text]!.GetValue<string>();
                    foreach (var side in others.Prepend(party))
                    {
                        notify.ImLog(session, side, text);
                    }

                    break;
                case Operations.Complete:
                    party.State = ImSessionStates.Completed;
                    notify.ImStatusChange(session, party, referenceId);
                    foreach (var other in others)
                    {
                        other.State = ImSessionStates.Completed;
                        notify.ImStatusChange(session, other, referenceId: null);
                    }

                    break;
                default:
                    if (operation == Operations.DeleteUserData)
                    {
                        session.UserData.Remove(body[Parameters.Key]!.GetValue<string>());
                    }
                    else
                    {
                        foreach (var (key, value) in body[Parameters.UserData]!.AsObject())
                        {
                            session.UserData[key] = value?.DeepClone();
                        }
                    }

                    notify.ImAttachedDataChanged(session, party, referenceId);
                    foreach (var other in others)
                    {
                        notify.ImAttachedDataChanged(session, other, referenceId: null);
                    }

                    if (operation != Operations.DeleteUserData && context.Deviations.IsOn(Hosting.Deviation.ImUserDataKeyDropped))
                    {
                        ImUserDataDeviation.DropLastKey(notify, body[Parameters.UserData]!.AsObject());
                    }

                    break;
            }

            context.Publish(notify, gate);
            context.Settle(session);
            return ApiResult.Accepted(referenceId);
        }
    }

    private (DirectoryUser User, DirectoryDevice Device)? FindImDevice(string phoneNumber) =>
        context.Directory.Users
            .SelectMany(u => u.Devices.Where(d => d.ImCapable && d.PhoneNumber == phoneNumber).Select(d => (u, d)))
            .Cast<(DirectoryUser, DirectoryDevice)?>()
            .FirstOrDefault();
}
