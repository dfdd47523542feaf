namespace Conformance.MockServer.Gws.Domain;

/// <summary>What <see cref="InteractionRetention"/> keeps and forgets: a chat or SMS session, or an IM session.</summary>
internal interface IRetainable
{
    string Id { get; }

    /// <summary>Nothing can change it any more; only a GET can still read it.</summary>
    bool IsEnded { get; }

    /// <summary>When it ended, while the retention keeps it; null while it is open.</summary>
    DateTimeOffset? EndedAt { get; set; }
}
