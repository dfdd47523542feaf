using System.Text.RegularExpressions;

namespace Conformance.Reporting.Evidence;

/// <summary>
/// Removes credentials from text before any report writes it (HTTP exchanges are
/// attached with credentials redacted). The step code is the first line of defence; this is the second, so it
/// errs on the side of redacting: Authorization headers, cookies, CSRF tokens ("CSRF Protection"),
/// password/secret/token fields in JSON, forms and query strings, and user:password in URLs.
/// </summary>
public static partial class Redactor
{
    public const string Mask = "[REDACTED]";

    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var result = AuthorizationHeader().Replace(text, m => $"{m.Groups["name"].Value}{m.Groups["scheme"].Value}{Mask}");
        result = SecretHeader().Replace(result, m => $"{m.Groups["name"].Value}{Mask}");
        result = JsonSecret().Replace(result, m => $"{m.Groups["key"].Value}\"{Mask}\"");
        result = FormSecret().Replace(result, m => $"{m.Groups["key"].Value}{Mask}");
        result = UrlUserInfo().Replace(result, m => $"{m.Groups["scheme"].Value}{Mask}@");
        return result;
    }

    // "Authorization: Basic a3NpcHBvOg==" keeps the scheme so a reader still sees how the client
    // authenticated; the credentials go.
    [GeneratedRegex(@"(?<name>\b(?:Proxy-)?Authorization[""']?\s*[:=]\s*[""']?)(?<scheme>(?:Basic|Bearer|Digest|Negotiate|NTLM|Token)\s+)?[^\s""',;]+(?:[^\r\n""']*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorizationHeader();

    // Header lines whose whole value is a secret.
    [GeneratedRegex(@"(?<name>^[ \t]*(?:Cookie|Set-Cookie|X-CSRF-TOKEN|X-Auth-Token|X-Api-Key)[ \t]*:[ \t]*)[^\r\n]+", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SecretHeader();

    [GeneratedRegex(@"(?<key>""(?:[A-Za-z_]*(?:password|passwd|secret|token|apikey|api_key|authorization|credentials?))""\s*:\s*)""(?:[^""\\]|\\.)*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JsonSecret();

    [GeneratedRegex(@"(?<key>(?<![A-Za-z0-9_])(?:[A-Za-z_]*(?:password|passwd|secret|token|apikey|api_key))=)[^&\s""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormSecret();

    [GeneratedRegex(@"(?<scheme>\b[a-z][a-z0-9+.-]*://)[^/\s:@]+:[^/\s@]*@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlUserInfo();
}
