using System.Security.Cryptography;
using System.Text.Json;
using Conformance.GwsProtocol;
using Conformance.Harness.Configuration;
using Conformance.MockServer.Directory;

namespace Conformance.Harness.Targets;

/// <summary>
/// The directory the harness gives the mock: the mock's default one plus an SMS queue no agent serves
/// (<see cref="MockDefaults.SmsIdleQueue"/>), so Complete with queueName parks the session there
/// instead of offering it to an agent another scenario is using.
/// </summary>
public static class MockDirectory
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string WriteFile(string folder)
    {
        var file = DirectoryFile.LoadDefault();
        if (file.Queues.All(q => q.Name != MockDefaults.SmsIdleQueue))
        {
            file.Queues.Add(new DirectoryQueue
            {
                Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                Name = MockDefaults.SmsIdleQueue,
                Channel = MediaChannels.SmsSession,
                Description = "No agents: where the conformance suite parks completed SMS sessions",
            });
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"mock-directory-{Environment.ProcessId}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(file, Options));
        return path;
    }
}
