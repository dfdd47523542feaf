using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.MockServer.Directory;

/// <summary>The JSON directory file: users, queues and topic names (README "Directory file").</summary>
public sealed class DirectoryFile
{
    public List<DirectoryUser> Users { get; init; } = [];
    public List<DirectoryQueue> Queues { get; init; } = [];

    /// <summary>CometD topic per medium name (chat, smssession, imsession); absent ones use the default.</summary>
    public Dictionary<string, string> Topics { get; init; } = [];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static DirectoryFile Parse(string json) =>
        JsonSerializer.Deserialize<DirectoryFile>(json, JsonOptions)
        ?? throw new InvalidDataException("The directory file is empty.");

    public static DirectoryFile LoadDefault()
    {
        using var stream = typeof(DirectoryFile).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {DefaultResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static DirectoryFile Load(string? path) => path is null ? LoadDefault() : Parse(File.ReadAllText(path));

    private const string DefaultResourceName = "Conformance.MockServer.Directory.default-directory.json";
}

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

public sealed class DirectoryDevice
{
    public required string Id { get; init; }
    public required string PhoneNumber { get; init; }

    /// <summary>A device on a SIP multimedia DN can carry IM sessions ("IM Session API: InitiateIMSession").</summary>
    [JsonPropertyName("im")]
    public bool ImCapable { get; init; }
}

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
