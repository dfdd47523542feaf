namespace Conformance.KillMatrix;

/// <summary>What a deviation's run proved.</summary>
internal enum Verdict
{
    /// <summary>At least one scenario graded it non-conformant (or non-strict): the suite noticed.</summary>
    Killed,

    /// <summary>Every scenario in scope passed against the broken mock: a missing check.</summary>
    Survived,

    /// <summary>The run did not finish or only broke the harness: nothing is proven either way.</summary>
    Error,
}
