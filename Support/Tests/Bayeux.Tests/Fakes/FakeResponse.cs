using System.Text.Json.Nodes;

namespace Bayeux.Tests.Fakes;

/// <summary>What the fake answers one batch with: messages (HTTP 200), another HTTP status, or nothing at all.</summary>
public sealed record FakeResponse(List<JsonObject> Messages, int Status = 200, bool Hang = false)
{
    public static FakeResponse HttpStatus(int status) => new([], status);

    public static FakeResponse NoAnswer() => new([], 0, Hang: true);
}
