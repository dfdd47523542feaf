namespace Conformance.Bayeux;

/// <summary>Which way a traffic entry went.</summary>
public enum TrafficDirection
{
    /// <summary>Messages the client sent.</summary>
    Sent,

    /// <summary>Messages the client received.</summary>
    Received,

    /// <summary>Something the client observed or decided: an HTTP status, a transport failure, a fallback, a dropped duplicate.</summary>
    Note,
}
