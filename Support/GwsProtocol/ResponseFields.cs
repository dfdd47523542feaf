namespace Conformance.GwsProtocol;

/// <summary>Field names of synchronous responses ("Return Values").</summary>
public static class ResponseFields
{
    public const string StatusCode = "statusCode";
    public const string StatusMessage = "statusMessage";
    public const string ReferenceId = "referenceId";
    public const string Uris = "uris";
    public const string User = "user";
    public const string Users = "users";
    public const string Contacts = "contacts";
    public const string TotalCount = "totalCount";
    public const string Queues = "queues";
    public const string Channels = "channels";
    public const string Devices = "devices";
    public const string Settings = "settings";
    public const string Skills = "skills";
    public const string Calls = "calls";
    public const string Messages = "messages";
}
