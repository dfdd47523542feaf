namespace Conformance.MockServer.Input;

/// <summary>Why a body was refused at the input boundary.</summary>
public enum InputFault
{
    /// <summary>Not JSON text at all (syntax error, empty body, trailing data).</summary>
    Malformed,

    /// <summary>Bytes that are not UTF-8 (RFC 8259 section 8.1), raw surrogate code points included.</summary>
    InvalidUtf8,

    /// <summary>A <c>\uD800</c>-style escape that does not form a surrogate pair.</summary>
    LoneSurrogate,

    /// <summary>The same member name twice in one object, at any depth.</summary>
    DuplicateKey,

    /// <summary>More nesting than the endpoint allows.</summary>
    TooDeep,

    /// <summary>More bytes than the endpoint allows.</summary>
    TooLarge,

    /// <summary>Valid JSON of the wrong shape (e.g. an array where an object is required).</summary>
    WrongShape,
}
