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

/// <summary>Headers and cookies of authentication and CSRF protection ("CSRF Protection").</summary>
public static class HttpNames
{
    public const string SessionCookie = "JSESSIONID";
    public const string CsrfHeaderNameHeader = "X-CSRF-HEADER";
    public const string CsrfTokenHeader = "X-CSRF-TOKEN";

    /// <summary>The body of a 403 answer to a write without a valid token ("CSRF Protection").</summary>
    public const string CsrfFailureText = "Missing or invalid Csrf token";
}

/// <summary>Roles as JSON shows them ("Roles", "Users Resource").</summary>
public static class Roles
{
    /// <summary>The JSON form of an annex role: the prefix plus the role in upper case (agent → ROLE_AGENT).</summary>
    public const string Prefix = "ROLE_";

    public static string FromAnnex(string role) => Prefix + role.ToUpperInvariant();

    public const string Agent = "ROLE_AGENT";
    public const string Supervisor = "ROLE_SUPERVISOR";
    public const string Admin = "ROLE_ADMIN";
}

/// <summary>Media channel names of StartContactCenterSession and /me/channels ("StartContactCenterSession", "Channels Resource").</summary>
public static class MediaChannels
{
    public const string Voice = "voice";
    public const string Chat = "chat";
    public const string Email = "email";
    public const string Workitem = "workitem";

    /// <summary>Not documented for StartContactCenterSession; the supervisor channel id (docs/inferences.md#media-channel-names).</summary>
    public const string SmsSession = "smssession";

    /// <summary>Spelt "IM" in the StartContactCenterSession page (docs/inferences.md#media-channel-names).</summary>
    public const string InstantMessaging = "im";
}
