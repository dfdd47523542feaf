namespace Conformance.Bayeux.Protocol;

/// <summary>
/// Bayeux channel names and wildcard patterns (Bayeux spec: "Channels", "Channel Globbing"): <c>/a/*</c> matches exactly one
/// more segment, <c>/a/**</c> one or more. Shared by the client (local matching of wildcard
/// subscriptions) and the mock's server (routing).
/// </summary>
public static class ChannelPattern
{
    public static bool IsMeta(string channel) => channel.StartsWith(MetaChannels.Prefix, StringComparison.Ordinal);

    public static bool IsService(string channel) => channel.StartsWith("/service/", StringComparison.Ordinal);

    public static bool IsWildcard(string pattern) => pattern.EndsWith("/*", StringComparison.Ordinal);

    /// <summary>True when <paramref name="channel"/> is a valid channel name: absolute, no empty segment, no wildcard.</summary>
    public static bool IsValidName(string channel) =>
        channel.Length > 1 && channel[0] == '/' && !channel.EndsWith('/') && !channel.Contains("//", StringComparison.Ordinal)
        && !channel.Split('/').Skip(1).Any(s => s is "*" or "**");

    /// <summary>True when <paramref name="pattern"/> is a channel name or a trailing <c>/*</c> or <c>/**</c> wildcard.</summary>
    public static bool IsValidPattern(string pattern)
    {
        if (pattern is "/*" or "/**")
        {
            return true;
        }
        if (pattern.EndsWith("/**", StringComparison.Ordinal))
        {
            return IsValidName(pattern[..^3]);
        }
        if (pattern.EndsWith("/*", StringComparison.Ordinal))
        {
            return IsValidName(pattern[..^2]);
        }
        return IsValidName(pattern);
    }

    /// <summary>Whether a subscription <paramref name="pattern"/> matches a concrete <paramref name="channel"/>.</summary>
    public static bool Matches(string pattern, string channel)
    {
        // Spans, not substrings: the inbox matches every event against every waiting pattern.
        if (pattern.EndsWith("/**", StringComparison.Ordinal))
        {
            var prefix = pattern.AsSpan(0, pattern.Length - 2); // keeps the trailing '/'
            return channel.AsSpan().StartsWith(prefix, StringComparison.Ordinal) && channel.Length > prefix.Length;
        }
        if (pattern.EndsWith("/*", StringComparison.Ordinal))
        {
            var prefix = pattern.AsSpan(0, pattern.Length - 1);
            return channel.AsSpan().StartsWith(prefix, StringComparison.Ordinal)
                && channel.Length > prefix.Length
                && channel.IndexOf('/', prefix.Length) < 0;
        }
        return string.Equals(pattern, channel, StringComparison.Ordinal);
    }
}
