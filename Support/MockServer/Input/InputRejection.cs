namespace Conformance.MockServer.Input;

/// <summary>A refused body: the class of fault and a message for the client (no echo of the input).</summary>
public sealed record InputRejection(InputFault Fault, string Message);
