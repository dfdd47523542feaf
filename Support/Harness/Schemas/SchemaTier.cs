namespace Conformance.Harness.Schemas;

/// <summary>
/// Which reading of the docs judges a document. Where the doc pages contradict each other (a timestamp
/// with a space for the T, InFocus for SetInFocus, /smsessions for /smssessions, an Error without
/// messageType), the strict tier takes the form of the current pages and the lenient tier accepts the
/// other too. A scenario's requirement tag decides: @must is strict, @should and @informational lenient.
/// </summary>
public enum SchemaTier
{
    Strict,
    Lenient,
}
