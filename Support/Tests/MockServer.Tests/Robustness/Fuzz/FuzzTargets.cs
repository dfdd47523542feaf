namespace MockServer.Tests.Robustness.Fuzz;

/// <summary>Ids the generator fills route parameters with.</summary>
internal sealed record FuzzTargets(IReadOnlyList<string> OwnerIds, IReadOnlyList<string> OtherIds, IReadOnlyList<string> UserNames);
