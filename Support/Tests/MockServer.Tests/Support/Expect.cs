using System.Text.Json.Nodes;
using FluentAssertions;

namespace MockServer.Tests.Support;

/// <summary>Assertions on notification sequences whose failure message lists what did arrive.</summary>
internal static class Expect
{
    /// <summary>The notifications, in order, must have exactly these messageType/notificationType pairs.</summary>
    public static void Sequence(IReadOnlyList<Published> received, params (string MessageType, string NotificationType)[] expected)
    {
        var actual = received.Select(p => (p.MessageType ?? "", p.NotificationType ?? "")).ToList();
        actual.Should().Equal(expected, $"expected {Describe(expected)}; received {string.Join("; ", received)}");
    }

    public static JsonObject Resource(Published published, string key) =>
        published.Data[key]?.AsObject() ?? throw new AssertionException($"No '{key}' in {published.Data.ToJsonString()}");

    public static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>());

    private static string Describe((string MessageType, string NotificationType)[] expected) =>
        string.Join("; ", expected.Select(e => $"{e.MessageType}/{e.NotificationType}"));
}
