using System.Net.Http.Headers;
using System.Text;

namespace Conformance.Bayeux;

/// <summary>
/// Keeps credentials out of the traffic snapshot: GWS requests carry Basic credentials, a session cookie and a
/// CSRF token, and reports get attached to CI runs. Header names stay readable, values do not.
/// </summary>
public sealed class Redaction(IEnumerable<string> extraSensitiveHeaders)
{
    public const string Mask = "***";

    // Any header whose name contains one of these is treated as a credential.
    private static readonly string[] SensitiveNameParts = ["auth", "cookie", "csrf", "xsrf", "token", "secret", "key", "session", "password"];

    private readonly HashSet<string> _extra = new(extraSensitiveHeaders, StringComparer.OrdinalIgnoreCase);

    public bool IsSensitive(string headerName) =>
        _extra.Contains(headerName) || SensitiveNameParts.Any(part => headerName.Contains(part, StringComparison.OrdinalIgnoreCase));

    /// <summary>The value to show for a header: cookies keep their names (<c>BAYEUX_BROWSER=***</c>), other credentials only the scheme.</summary>
    public string Value(string headerName, string value)
    {
        if (!IsSensitive(headerName))
        {
            return value;
        }
        if (headerName.Equals("Cookie", StringComparison.OrdinalIgnoreCase))
        {
            return string.Join("; ", value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2)[0] + "=" + Mask));
        }
        if (headerName.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase))
        {
            return value.Split('=', 2)[0] + "=" + Mask;
        }
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return headerName.Contains("auth", StringComparison.OrdinalIgnoreCase) && space > 0 ? value[..space] + " " + Mask : Mask;
    }

    public string Headers(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers) =>
        string.Join(", ", headers.SelectMany(h => h.Value.Select(v => h.Key + ": " + Value(h.Key, v))));

    /// <summary>
    /// As <see cref="Headers(IEnumerable{KeyValuePair{string, IEnumerable{string}}})"/>, read as they were sent or received:
    /// reading without validation neither parses nor changes the collection, so it is safe after the exchange, from any thread.
    /// </summary>
    public string Headers(HttpHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var text = new StringBuilder();
        foreach (var (name, values) in headers.NonValidated)
        {
            foreach (var value in values)
            {
                if (text.Length > 0)
                {
                    text.Append(", ");
                }
                text.Append(name).Append(": ").Append(Value(name, value));
            }
        }
        return text.ToString();
    }
}
