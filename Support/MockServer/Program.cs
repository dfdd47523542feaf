using Conformance.MockServer.Directory;
using Conformance.MockServer.Hosting;

namespace Conformance.MockServer;

/// <summary>
/// Standalone: <c>dotnet run --project Support/MockServer -- --urls http://127.0.0.1:8090</c>
/// (README "The mock GWS server" lists every option).
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // Standalone, the mock owns its process, so it may give memory back when idle (README "Memory").
        var options = new MockServerOptions { IdleMemoryRelease = TimeSpan.FromSeconds(10) };
        var urls = "http://127.0.0.1:8090";
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--urls": urls = Next(); break;
                case "--directory": options.DirectoryFile = Next(); break;
                case "--external-api-url": options.ExternalApiUrl = new Uri(Next()); break;
                case "--csrf": options.EnableCsrfProtection = true; break;
                case "--no-control": options.EnableControlApi = false; break;
                case "--always-200": options.AlwaysHttp200 = true; break;
                case "--deviation": options.Deviations.Add(Enum.Parse<Deviation>(Next())); break;
                case "--bayeux-max-interval":
                    var maxInterval = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
                    options.ConfigureBayeux += bayeux => bayeux.MaxInterval = maxInterval;
                    break;
                case "--list-deviations":
                    foreach (var entry in DeviationCatalog.All)
                    {
                        Console.WriteLine($"{entry.Name,-32} {entry.Class,-26} {entry.Rule}");
                    }

                    return 0;
                case "--http-session-timeout":
                    options.HttpSessionIdleTimeout = TimeSpan.FromSeconds(double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case "--max-http-sessions": options.MaxHttpSessions = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--interaction-retention":
                    options.InteractionRetention = TimeSpan.FromSeconds(double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case "--max-retained-interactions": options.MaxRetainedInteractions = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--idle-memory-release":
                    options.IdleMemoryRelease = TimeSpan.FromSeconds(double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case "--max-bayeux-sessions":
                    var maxSessions = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
                    options.ConfigureBayeux += bayeux => bayeux.MaxSessions = maxSessions;
                    break;
                case "--help" or "-h":
                    Console.WriteLine("Options: --urls URL[;URL] --directory FILE --external-api-url URL --csrf --no-control --always-200 --deviation NAME (repeatable) --list-deviations --bayeux-max-interval MS --http-session-timeout SECONDS --max-http-sessions N --interaction-retention SECONDS --max-retained-interactions N --max-bayeux-sessions N --idle-memory-release SECONDS");
                    Console.WriteLine("Deviations: " + string.Join(", ", Enum.GetNames<Deviation>()));
                    return 0;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}; see --help");
                    return 2;
            }
        }

        await using var app = MockServerApp.Build(options, urls, quiet: false);
        await app.StartAsync();
        var directory = app.Services.GetRequiredService<UserDirectory>();
        Console.WriteLine($"Mock GWS server listening on {string.Join(", ", app.Urls)}");
        Console.WriteLine($"  REST {Conformance.GwsProtocol.ApiPaths.Prefix}, CometD {Conformance.GwsProtocol.Topics.NotificationsPath}"
            + (options.EnableControlApi ? $", control API {options.ControlPrefix} (not part of GWS)" : ""));
        Console.WriteLine($"  Directory: {options.DirectoryFile ?? "embedded default"}; users (user name / password):");
        foreach (var user in directory.Users)
        {
            Console.WriteLine($"    {user.UserName} / {user.Password}  [{string.Join(",", user.Roles)}]");
        }

        Console.WriteLine($"  Queues: {string.Join(", ", directory.Queues.Select(q => $"{q.Name} ({q.Channel}, {q.Agents.Count} agents)"))}");
        Console.WriteLine(options.Deviations.Count == 0 ? "  Deviations: none" : $"  Deviations: {string.Join(", ", options.Deviations)}");
        await app.WaitForShutdownAsync();
        return 0;
    }
}
