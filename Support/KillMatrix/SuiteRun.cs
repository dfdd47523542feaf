namespace Conformance.KillMatrix;

/// <summary>One run of the suite: against which deviation (none for the control run), how it ended, and what it graded.</summary>
internal sealed record SuiteRun(
    string? Deviation,
    string? Filter,
    int ExitCode,
    bool TimedOut,
    TimeSpan Duration,
    string LogPath,
    SuiteReport? Report,
    string? Problem);
