using NUnit.Framework.Interfaces;

namespace Gherkin.Tests.Harness;

/// <summary>The NUnit result of one glue-built test, as a user would see it.</summary>
public sealed record CaseOutcome(string Name, string FullName, ResultState State, string Message, IReadOnlyList<string> Categories);
