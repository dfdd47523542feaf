namespace Conformance.Reporting.Model;

/// <summary>A failure: the message reaches the NUnit result unchanged.</summary>
public sealed record ErrorInfo(string Message, string? StackTrace, string ExceptionType);
