using Conformance.Gherkin.Results;
using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace Conformance.Gherkin.TestFramework;

/// <summary>
/// Reports a Broken scenario as an NUnit Error whose message is exactly the step's message (NUnit
/// prefixes the type name to ordinary exceptions, but keeps a ResultStateException's message).
/// </summary>
public sealed class BrokenScenarioException : ResultStateException
{
    private readonly string? stackTrace;

    public BrokenScenarioException()
        : base(string.Empty)
    {
    }

    public BrokenScenarioException(string message)
        : base(message)
    {
    }

    public BrokenScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal BrokenScenarioException(ErrorInfo error, Exception? original)
        : base(error.Message)
    {
        // The original exception's text (type, stack, inner exceptions) is what a reader needs.
        stackTrace = original?.ToString() ?? error.ExceptionType;
    }

    public override ResultState ResultState => ResultState.Error;

    public override string? StackTrace => stackTrace ?? base.StackTrace;
}
