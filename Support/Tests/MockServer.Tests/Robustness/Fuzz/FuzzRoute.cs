using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MockServer.Tests.Robustness.Fuzz;

/// <summary>A route of the mock as its router knows it: the pattern and the methods it answers (null: any).</summary>
internal sealed record FuzzRoute(string Pattern, IReadOnlyList<string>? Methods)
{
    /// <summary>
    /// Every route endpoint the running mock has mapped, read from its own endpoint data sources, so
    /// routes added to the mock later are fuzzed without touching this test.
    /// </summary>
    public static IReadOnlyList<FuzzRoute> Of(IServiceProvider services) =>
        [.. services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(e => new FuzzRoute("/" + e.RoutePattern.RawText!.TrimStart('/'), e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList()))
            .DistinctBy(r => r.Pattern + " " + string.Join(",", r.Methods ?? []))
            .OrderBy(r => r.Pattern, StringComparer.Ordinal)];
}
