using Conformance.GwsProtocol;
using Conformance.MockServer.Directory;

namespace Conformance.MockServer.Gws.Domain;

/// <summary>
/// Reads Invite/Consult/Transfer targets. A target URI or path ends in /users/{id}, /contacts/{id} (agent
/// contacts share the user id) or /queues/{id} ("Users Resource", "Queues API"; the Invite samples use both forms).
/// </summary>
internal static class TargetResolver
{
    public static Target? FromUriOrPath(UserDirectory directory, string value)
    {
        var path = Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri.AbsolutePath : value;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2)
        {
            return null;
        }

        var (collection, id) = (segments[^2], segments[^1]);
        return collection switch
        {
            ApiPaths.UsersSegment or ApiPaths.ContactsSegment when directory.FindById(id) is { } user => new Target(user, null),
            ApiPaths.QueuesSegment or ApiPaths.ContactsSegment when directory.FindQueueById(id) is { } queue => new Target(null, queue),
            _ => null,
        };
    }

    public static Target? FromQueueName(UserDirectory directory, string name) =>
        directory.FindQueueByName(name) is { } queue ? new Target(null, queue) : null;
}
