using System.Text;
using Conformance.Harness.Contexts;
using Conformance.Harness.Notifications;
using Conformance.Harness.Reports;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Drivers;

/// <summary>
/// Writes the "observation" attachment of an @informational scenario: what was sent, what came back,
/// what followed, and whether it matched the schemas; it reports without judging (Features/README.md).
/// </summary>
public sealed class ObservationDriver(TargetRuntime target, ScenarioAgents agents, LastRequest lastRequest, NotificationDriver notifications, ScenarioOutput output)
{
    public const string AttachmentName = "observation";

    public async Task RecordExchangeAsync()
    {
        var exchange = lastRequest.Require();
        var agent = agents.Get(lastRequest.Role!);
        await notifications.SettleAsync(agent);
        var text = new StringBuilder()
            .Append("Target: ").AppendLine(target.Describe())
            .AppendLine(exchange.Describe());
        var schema = exchange.Json is null
            ? "not a JSON object"
            : string.Join("; ", (await target.Schemas.ValidateHttpBodyAsync("operation-response", exchange.ResponseBody)).Select(v => v.ToString())) is { Length: > 0 } v ? v : "matches";
        text.Append("Response against Schemas/http/operation-response: ").AppendLine(schema);
        var followed = agent.NotificationsAfter(agent.MarkOrder);
        text.Append("Notifications that followed (").Append(followed.Count).AppendLine("):");
        foreach (var (_, n) in followed)
        {
            text.Append("  ").AppendLine(n.Data.ToJsonString());
        }

        output.Attach(AttachmentName, "text/plain", text.ToString());
    }

    public async Task RecordFirstAsync(InteractionRef interaction, string what)
    {
        var first = await notifications.FirstOrNullAsync(lastRequest.Role!, interaction);
        var value = first is null ? null : what == "state" ? first.State(interaction.Media) : first.MessageType;
        output.Attach(AttachmentName, "text/plain",
            $"Target: {target.Describe()}\nThe {what} of the first notification for {interaction.Describe()} after {lastRequest.Description}: "
            + (first is null ? $"no notification arrived within {target.Options.NotificationTimeout.TotalSeconds:0} s" : $"\"{value}\"\n{first.Data.ToJsonString()}"));
    }
}
