using System.Text.Json;

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
