namespace Conformance.Bayeux.Protocol;

/// <summary>
/// The <c>error</c> field of a reply, <c>code:args:message</c> (Bayeux spec: "error"): the code is the first three
/// characters, the rest splits on the first two colons, args are comma-separated and may be empty.
/// A client acts on <c>advice.reconnect</c>, not on the code; this type only makes failures readable.
/// </summary>
public sealed record BayeuxError(int? Code, IReadOnlyList<string> Args, string Message, string Text)
{
    /// <summary>Unknown or expired clientId, or no BAYEUX_BROWSER cookie (docs/cometd-behaviour.md#error-strings).</summary>
    public const int SessionUnknown = 402;

    public static BayeuxError? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var parts = text.Split(':', 3);
        if (parts.Length < 3 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            return new BayeuxError(null, [], text, text);
        }
        var args = parts[1].Length == 0 ? [] : parts[1].Split(',');
        return new BayeuxError(code, args, parts[2], text);
    }

    public override string ToString() => Text;
}
