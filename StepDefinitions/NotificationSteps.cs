using Reqnroll;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Conformance.Harness.Notifications;

namespace Conformance.StepDefinitions;

/// <summary>What agents receive on CometD (gws-api.md 2): sequences, single notifications, absence.</summary>
[Binding]
public sealed class NotificationSteps(NotificationDriver notifications, ScenarioInteractions interactions)
{
    private const string Media = "(chat|SMS session|IM session)";

    [Then("^agent \"([^\"]+)\" receives these notifications for the " + Media + ", in order:$")]
    public Task InOrder(string role, string media, DataTable table) =>
        notifications.ExpectSequenceAsync(role, interactions.Of(media), [.. table.Rows.Select(r => new ExpectedNotification(
            r["channel"], r["messageType"], r["notificationType"], ExpectedNotification.ParseReference(r["referenceId"]),
            r["state"].Length == 0 ? null : r["state"]))]);

    [Then("^agent \"([^\"]+)\" receives an? \"([^\"]+)\" notification for the " + Media + " with state \"([^\"]+)\"$")]
    public Task One(string role, string notificationType, string media, string state) =>
        notifications.ExpectOneAsync(role, interactions.Of(media), notificationType, state);

    [Then("^agent \"([^\"]+)\" receives no further notification for the " + Media + "$")]
    public Task NoFurther(string role, string media) => notifications.ExpectNothingMoreAsync(role, interactions.Of(media), sinceRequest: false);

    [Then("^agent \"([^\"]+)\" receives no notification for the " + Media + "$")]
    public Task None(string role, string media) => notifications.ExpectNothingMoreAsync(role, interactions.Of(media), sinceRequest: true);
}
