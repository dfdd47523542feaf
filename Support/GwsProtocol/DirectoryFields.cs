namespace Conformance.GwsProtocol;

/// <summary>Fields of user, contact, queue and channel resources ("Users Resource", "Contacts Resource", "Queues API", "Channels Resource").</summary>
public static class DirectoryFields
{
    public const string Id = "id";
    public const string UserName = "userName";
    public const string Password = "password";
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string EmailAddress = "emailAddress";
    public const string Roles = "roles";
    public const string Enabled = "enabled";
    public const string ChangePasswordOnFirstLogin = "changePasswordOnFirstLogin";
    public const string Name = "name";
    public const string Type = "type";
    public const string Description = "description";
    public const string Channel = "channel";
    public const string PhoneNumber = "phoneNumber";
    public const string Internal = "internal";
    public const string UserState = "userState";
    public const string DisplayName = "displayName";
    public const string State = "state";
    public const string DndState = "dndState";
    public const string Uri = "uri";
    public const string Path = "path";
    public const string Capabilities = "capabilities";
    public const string ContactTypeUser = "User";
    public const string ContactTypeQueue = "Queue";
}
