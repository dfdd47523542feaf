using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Gws.Domain;
using Conformance.MockServer.Gws.Handlers;
using static Conformance.MockServer.Gws.Handlers.ParameterRule;

namespace Conformance.MockServer.Gws.Supervision;

/// <summary>
/// The supervisor's requests on another user's resources (Chat API: Monitor, Coach, Barge In, Cancel
/// Supervisor Monitoring, Intrude; the SMS Session API pages of the same names):
/// <c>POST /api/v2/users/{userId}/channels/chat|smssession</c> and
/// <c>POST /api/v2/users/{userId}/chats|smssessions/{id}</c>. Only a user with the supervisor role may
/// make them (statusCode 5 otherwise).
/// </summary>
internal sealed class SupervisorOperations(DomainContext context)
{
    private static readonly Signature MonitoringSignature =
        Signature.Of(Optional(SupervisorProtocol.MonitoringModeParameter), Optional(Parameters.Nickname));

    private static readonly Signature IntrudeSignature = Signature.Of(Optional(SupervisorProtocol.VisibilityModeParameter));

    private static readonly string[] ChannelOperations =
        [Operations.Monitor, Operations.Coach, Operations.BargeIn, Operations.CancelSupervisorMonitoring];

    /// <summary>
    /// Monitor, Coach, BargeIn: from now on the supervisor joins the agent's next chat (NextChat) or each
    /// one (AllChats, the default) when the agent accepts it; answered <c>{"statusCode":0}</c>, nothing
    /// notified. CancelSupervisorMonitoring stops that, leaving any session already joined as it is.
    /// </summary>
    public ApiResult OnAgentChannel(string supervisorId, string agentId, MediaKind media, JsonObject body)
    {
        if (Screen(supervisorId, agentId, body, ChannelOperations) is { } refused)
        {
            return refused;
        }

        var operation = body[Parameters.OperationName]!.GetValue<string>();
        var signature = operation == Operations.CancelSupervisorMonitoring ? Signature.None : MonitoringSignature;
        if (signature.Validate(body) is { } invalid)
        {
            return invalid;
        }

        var scope = Text(body, SupervisorProtocol.MonitoringModeParameter) ?? SupervisorProtocol.AllChats;
        if (!SupervisorProtocol.MonitoringScopes.Contains(scope))
        {
            return ApiResult.Fail(GwsStatusCodes.InputValidationError,
                $"{SupervisorProtocol.MonitoringModeParameter} must be one of {string.Join(", ", SupervisorProtocol.MonitoringScopes)}");
        }

        if (agentId == supervisorId)
        {
            return ApiResult.Fail(GwsStatusCodes.InputValidationError, "A supervisor cannot monitor their own chats");
        }

        lock (context.State.Gate)
        {
            if (operation == Operations.CancelSupervisorMonitoring)
            {
                return context.State.Monitoring.Remove(supervisorId, agentId, media)
                    ? ApiResult.Ok()
                    : ApiResult.Fail(GwsStatusCodes.ParameterInvalidForState, $"No supervisor monitoring of user {agentId} on {media.AgentChannel} is active");
            }

            var nickname = Text(body, Parameters.Nickname) ?? context.Directory.FindById(supervisorId)!.UserName;
            context.State.Monitoring.Set(new Monitoring(supervisorId, agentId, media, operation, scope, nickname));
            return ApiResult.Ok();
        }
    }

    /// <summary>
    /// Intrude: the supervisor is invited into a session the agent is chatting in: StatusChange Invited (r)
    /// with Accept and Reject, in supervisorVisibilityMode or else the mode of the supervisor's monitoring of
    /// that agent (neither: statusCode 1). Accepting joins like a monitored chat (<see cref="SupervisorSessions.Join"/>).
    /// </summary>
    public ApiResult Intrude(string supervisorId, string agentId, MediaKind media, string interactionId, JsonObject body, Task? gate)
    {
        if (Screen(supervisorId, agentId, body, [Operations.Intrude]) is { } refused)
        {
            return refused;
        }

        if (IntrudeSignature.Validate(body) is { } invalid)
        {
            return invalid;
        }

        var given = Text(body, SupervisorProtocol.VisibilityModeParameter);
        if (given is not null && !SupervisorProtocol.Modes.Contains(given))
        {
            return ApiResult.Fail(GwsStatusCodes.InputValidationError,
                $"{SupervisorProtocol.VisibilityModeParameter} must be one of {string.Join(", ", SupervisorProtocol.Modes)}");
        }

        lock (context.State.Gate)
        {
            if (!context.State.Interactions.TryGetValue(interactionId, out var interaction) || interaction.Media != media
                || interaction.PartyOf(agentId) is not { State: InteractionStates.Chatting, SupervisorMode: null })
            {
                return ApiResult.NotFound($"{media.Name} {interactionId} of user {agentId}");
            }

            if ((given ?? context.State.Monitoring.Find(supervisorId, agentId, media)?.Mode) is not { } mode)
            {
                return ApiResult.Fail(GwsStatusCodes.ParameterMissing,
                    $"{SupervisorProtocol.VisibilityModeParameter} is missing and no supervisor monitoring of user {agentId} is active");
            }

            if (interaction.PartyOf(supervisorId) is { IsFinished: false })
            {
                return ApiResult.Fail(GwsStatusCodes.ParameterInvalidForState, "The supervisor already takes part in this session");
            }

            var referenceId = context.State.NextReferenceId();
            var party = new AgentParty
            {
                UserId = supervisorId,
                ParticipantId = context.State.NextParticipantId(),
                State = InteractionStates.Invited,
                Visibility = SupervisorProtocol.VisibilityOf(mode),
                SupervisorMode = mode,
            };
            interaction.Parties.Add(party);
            var notify = context.NewBatch();
            notify.StatusChange(interaction, party, referenceId);
            context.Publish(notify, gate);
            return ApiResult.Accepted(referenceId);
        }
    }

    /// <summary>The checks every supervisor request starts with: its operationName, the caller's role, the user named in the path.</summary>
    private ApiResult? Screen(string supervisorId, string agentId, JsonObject body, IReadOnlyCollection<string> operations)
    {
        if (OperationName.Read(body, out var operation) is { } nameError)
        {
            return nameError;
        }

        if (!operations.Contains(operation))
        {
            return OperationName.Unknown(operation);
        }

        if (context.Directory.FindById(supervisorId) is not { } caller
            || !caller.Roles.Contains(SupervisorProtocol.AnnexRole, StringComparer.OrdinalIgnoreCase))
        {
            return ApiResult.Fail(GwsStatusCodes.PermissionDenied, $"{operation} needs the supervisor role");
        }

        return context.Directory.FindById(agentId) is null ? ApiResult.NotFound($"User {agentId}") : null;
    }

    private static string? Text(JsonObject body, string name) => body[name]?.GetValue<string>();
}
