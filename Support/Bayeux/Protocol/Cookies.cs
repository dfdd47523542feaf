namespace Conformance.Bayeux.Protocol;

/// <summary>The cookie CometD uses to find a browser's sessions (Bayeux spec: "Server-side Multiple clients detection").</summary>
public static class Cookies
{
    public const string BayeuxBrowser = "BAYEUX_BROWSER";
}
