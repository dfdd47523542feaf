namespace Conformance.GwsProtocol;

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
