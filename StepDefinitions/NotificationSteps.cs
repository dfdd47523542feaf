using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Conformance.Harness.Notifications;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>What agents receive on CometD (docs/inferences.md#notification-envelope): sequences, single notifications, absence.</summary>
[Binding]
public sealed class NotificationSteps(NotificationDriver notifications, ScenarioInteractions interactions)
{
    [Then("agent {string} receives these notifications for the {media}, in order:")]
    public Task InOrder(string role, MediaKind media, DataTable table) =>
        notifications.ExpectSequenceAsync(role, interactions.Of(media), ExpectedNotification.FromRows(table.Rows));

    [Then("agent {string} receives a(n) {string} notification for the {media} with state {string}")]
    public Task One(string role, string notificationType, MediaKind media, string state) =>
        notifications.ExpectOneAsync(role, interactions.Of(media), notificationType, state);

    [Then("agent {string} receives no further notification for the {media}")]
    public Task NoFurther(string role, MediaKind media) => notifications.ExpectNothingMoreAsync(role, interactions.Of(media), sinceRequest: false);

    [Then("agent {string} receives no notification for the {media}")]
    public Task None(string role, MediaKind media) => notifications.ExpectNothingMoreAsync(role, interactions.Of(media), sinceRequest: true);
}
