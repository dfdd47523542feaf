using Conformance.GwsProtocol;
using Conformance.MockServer.Hosting;

namespace Conformance.MockServer.Gws.Handlers;

/// <summary>The backend failure the control API arms, and the deviations that bend single operations.</summary>
internal sealed partial class InteractionOperations
{
    /// <summary>
    /// A valid request the backend could not carry out: statusCode 0 with the referenceId, then Error (r)
    /// with errorMessage and the resource as it was; nothing changes (Chat API: Invite, "Failed" sample;
    /// the same shape for every operation, since the catalogue gives no other).
    /// </summary>
    private static ApiResult FailInBackend(InteractionCall call)
    {
        call.Interaction.FailNextOperation = false;
        call.Notify.Error(call.Interaction, call.Party, call.ReferenceId);
        return ApiResult.Accepted(call.ReferenceId);
    }

    /// <summary>The visibility of the "to agents" operations: Agents (broken by <see cref="Deviation.AgentsMessagesToAll"/>).</summary>
    private string AgentsVisibility() =>
        _context.Deviations.IsOn(Deviation.AgentsMessagesToAll) ? Visibilities.All : Visibilities.Agents;

    /// <summary>SetDisposition's key: dispositionKey, else DispositionCode (broken by <see cref="Deviation.DispositionKeyIgnored"/>).</summary>
    private string DispositionKey(InteractionCall call) =>
        _context.Deviations.IsOn(Deviation.DispositionKeyIgnored)
            ? Parameters.DefaultDispositionKey
            : call.Text(Parameters.DispositionKey) ?? Parameters.DefaultDispositionKey;
}
