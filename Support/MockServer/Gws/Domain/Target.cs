using Conformance.MockServer.Directory;

namespace Conformance.MockServer.Gws.Domain;

/// <summary>An agent or a queue named by targetUri, targetPath or queueName.</summary>
internal sealed record Target(DirectoryUser? User, DirectoryQueue? Queue);
