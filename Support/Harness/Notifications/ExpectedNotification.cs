namespace Conformance.Harness.Notifications;

/// <summary>One row of "receives these notifications ..., in order" (Features/README.md).</summary>
public sealed record ExpectedNotification(
    string Channel,
    string MessageType,
    string NotificationType,
    ReferenceExpectation Reference,
    string? State)
{
    /// <summary>
    /// The rows of a notification table, by column: channel, messageType, notificationType, referenceId
    /// (<see cref="ParseReference"/>) and state (empty: not checked).
    /// </summary>
    public static ExpectedNotification[] FromRows(IEnumerable<IDictionary<string, string>> rows) =>
        [.. rows.Select(r => new ExpectedNotification(
            r["channel"], r["messageType"], r["notificationType"], ParseReference(r["referenceId"]),
            r["state"].Length == 0 ? null : r["state"]))];

    public static ReferenceExpectation ParseReference(string cell) => cell.Trim() switch
    {
        "" or "any" => ReferenceExpectation.Any,
        "request" => ReferenceExpectation.Request,
        "none" => ReferenceExpectation.None,
        _ => throw new FormatException($"referenceId \"{cell}\" is not one of request, none, any"),
    };

    public override string ToString() =>
        $"{Channel} {MessageType}/{NotificationType}"
        + (Reference == ReferenceExpectation.Any ? "" : $" referenceId={Reference.ToString().ToLowerInvariant()}")
        + (State is null ? "" : $" state={State}");
}
