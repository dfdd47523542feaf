namespace Conformance.MockServer.Gws.Handlers;

/// <summary>How a parameter's JSON value must look.</summary>
internal enum ParameterKind
{
    /// <summary>A non-empty string.</summary>
    Text,

    /// <summary>true or false; the docs write "Possible values are true or false", so "true"/"false" strings pass too.</summary>
    Boolean,

    /// <summary>A JSON object (userData).</summary>
    Object,

    /// <summary>A non-empty array of non-empty strings (DeleteUserData keys).</summary>
    TextList,

    /// <summary>An object with a non-empty string <c>phoneNumber</c> (IM destination).</summary>
    Destination,
}
