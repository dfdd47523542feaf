using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws;

/// <summary>
/// Builds the <c>uri</c> fields. Like GWS's externalApiUrlV2 ("Interpreting a Response"), the prefix is configured
/// or, by default, learnt from the address Kestrel bound once the server has started.
/// </summary>
public sealed class ApiLinks
{
    private string? _apiBase;

    public void SetApiBase(Uri apiBase) => _apiBase = apiBase.ToString().TrimEnd('/');

    public void SetServerAddress(Uri serverAddress) =>
        _apiBase ??= serverAddress.ToString().TrimEnd('/') + ApiPaths.Prefix;

    /// <summary>The absolute URI of a resource path such as <c>/chats/{id}</c>.</summary>
    public string UriOf(string resourcePath) => (_apiBase ?? ApiPaths.Prefix) + resourcePath;

    public static string UserPath(string userId) => $"/{ApiPaths.UsersSegment}/{userId}";

    public static string ContactPath(string id) => $"/{ApiPaths.ContactsSegment}/{id}";

    public static string QueuePath(string id) => $"/{ApiPaths.QueuesSegment}/{id}";

    public static string DevicePath(string id) => $"/{ApiPaths.DevicesSegment}/{id}";
}
