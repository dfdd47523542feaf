using System.Text.RegularExpressions;

namespace Conformance.Harness.Http;

/// <summary>
/// Masks secrets inside recorded bodies: GET /api/v2/me carries a <c>password</c> field (empty in the
/// samples of "Users Resource", but a target may fill it). Headers are redacted where they are recorded.
/// </summary>
public static partial class BodyRedaction
{
    public static string Redact(string body) =>
        SecretField().Replace(body, m => m.Groups["key"].Value + (m.Groups["value"].Value.Length == 0 ? "\"\"" : $"\"{HttpExchange.Redacted}\""));

    [GeneratedRegex("(?<key>\"(?:password|passwd|secret|token)\"\\s*:\\s*)\"(?<value>(?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex SecretField();
}
