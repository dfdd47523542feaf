namespace Bayeux.Tests.Fakes;

public sealed record HttpRequestRecord(string Method, Uri Uri, string? ContentType, IReadOnlyDictionary<string, string> Headers, string Body);
