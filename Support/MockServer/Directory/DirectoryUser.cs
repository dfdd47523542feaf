namespace Conformance.MockServer.Directory;

public sealed class DirectoryUser
{
    public required string Id { get; init; }
    public required string UserName { get; init; }
    public required string Password { get; init; }
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";

    /// <summary>Roles as in the Person annex: agent, supervisor, admin ("Roles").</summary>
    public List<string> Roles { get; init; } = [];

    public List<DirectoryDevice> Devices { get; init; } = [];
}
