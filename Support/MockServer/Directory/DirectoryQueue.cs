namespace Conformance.MockServer.Directory;

public sealed class DirectoryQueue
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The media channel the queue routes (chat or smssession).</summary>
    public required string Channel { get; init; }

    public string Description { get; init; } = "";

    /// <summary>User names of the agents the queue routes to, in routing order.</summary>
    public List<string> Agents { get; init; } = [];
}
