using Conformance.GwsProtocol;
using Conformance.MockServer.Bayeux;
using Conformance.MockServer.Control;
using Conformance.MockServer.Directory;
using Conformance.MockServer.Gws;
using Conformance.MockServer.Gws.Domain;
using Conformance.MockServer.Gws.Handlers;
using Conformance.MockServer.Gws.Http;
using Conformance.MockServer.Gws.Notifications;
using Microsoft.Extensions.Options;

namespace Conformance.MockServer.Hosting;

/// <summary>The composition root shared by the standalone program and <see cref="MockGwsServer"/>.</summary>
public static class MockServerApp
{
    public static WebApplication Build(MockServerOptions options, string urls, bool quiet, string[]? args = null) =>
        Build(options, urls, quiet, args, configureServices: null);

    /// <summary>Tests replace services here (e.g. a recording <see cref="INotificationPublisher"/>).</summary>
    internal static WebApplication Build(MockServerOptions options, string urls, bool quiet, string[]? args,
        Action<IServiceCollection>? configureServices)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(args ?? []);
        builder.WebHost.UseUrls(urls);
        if (quiet)
        {
            builder.Logging.ClearProviders();
        }
        else
        {
            // One log line per request would dominate the standalone server's cost (benchmarks/mock).
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        }

        AddMockGws(builder.Services, options);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        MapMockGws(app, options);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var links = app.Services.GetRequiredService<ApiLinks>();
            if (options.ExternalApiUrl is { } external)
            {
                links.SetApiBase(external);
            }
            else if (app.Urls.FirstOrDefault() is { } address)
            {
                links.SetServerAddress(new Uri(address));
            }
        });
        return app;
    }

    private static void AddMockGws(IServiceCollection services, MockServerOptions options)
    {
        var directory = new UserDirectory(DirectoryFile.Load(options.DirectoryFile));
        var topics = new Dictionary<string, string>(directory.File.Topics, StringComparer.Ordinal);
        foreach (var (media, topic) in options.Topics)
        {
            topics[media] = topic;
        }

        services.AddSingleton(Options.Create(options));
        services.AddSingleton(directory);
        services.AddSingleton(new TopicMap(topics));
        services.AddSingleton(new DeviationSwitches(options.Deviations));
        services.AddSingleton<ApiLinks>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new GwsState(new InteractionRetention(options.MaxRetainedInteractions, options.InteractionRetention)));
        services.AddHostedService<RetentionSweeper>();
        services.AddSingleton<ResourceJson>();
        services.AddSingleton<DeviationFilters>();
        services.AddSingleton(sp => new NotificationQueue(sp.GetRequiredService<INotificationPublisher>(),
            sp.GetRequiredService<DeviationSwitches>(), sp.GetRequiredService<DeviationFilters>()));
        services.AddSingleton<DomainContext>();
        services.AddSingleton<Router>();
        services.AddSingleton<InteractionOperations>();
        services.AddSingleton<ImOperations>();
        services.AddSingleton<AgentStateOperations>();
        services.AddSingleton<Queries>();
        services.AddSingleton<CustomerOperations>();
        services.AddSingleton<Gws.Supervision.SupervisorOperations>();
        services.AddSingleton<SessionStore>();
        services.AddHostedService<HttpSessionSweeper>();
        services.AddSingleton<GwsAuthenticator>();
        services.AddSingleton<IBayeuxAuthenticator>(sp => sp.GetRequiredService<GwsAuthenticator>());
        services.AddSingleton<ApiHttp>();
        services.AddMockBayeux(options.ConfigureBayeux);
        services.AddSingleton<Memory.RequestActivity>();
        services.AddHostedService<Memory.IdleMemoryRelease>();
    }

    private static void MapMockGws(WebApplication app, MockServerOptions options)
    {
        app.UseMiddleware<Memory.RequestActivityMiddleware>();
        app.UseMiddleware<LastResortMiddleware>();
        app.UseMiddleware<GwsSecurityMiddleware>();
        app.MapMockBayeux(Topics.NotificationsPath);
        app.MapGwsApi();
        Gws.Supervision.SupervisorEndpoints.MapSupervisorApi(app);
        if (options.EnableControlApi)
        {
            app.MapControlApi(options.ControlPrefix);
        }
    }
}
