namespace Conformance.GwsProtocol;

/// <summary>Paths of the REST API (the Request URL rows of the operation and resource pages).</summary>
public static class ApiPaths
{
    public const string Prefix = "/api/v2";
    public const string Me = "/api/v2/me";
    public const string MeChannels = "/api/v2/me/channels";
    public const string Users = "/api/v2/users";
    public const string Contacts = "/api/v2/contacts";
    public const string Queues = "/api/v2/queues";

    /// <summary>The last segment of a messages sub-resource ("SMS Session API: Resources"; docs/inferences.md#resource-gets).</summary>
    public const string MessagesSegment = "messages";

    // Collection segments used in resource paths such as /users/{id} ("Users Resource", "Contacts Resource").
    public const string UsersSegment = "users";
    public const string ContactsSegment = "contacts";
    public const string QueuesSegment = "queues";
    public const string DevicesSegment = "devices";
}
