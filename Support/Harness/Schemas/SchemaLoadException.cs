namespace Conformance.Harness.Schemas;

/// <summary>A file in Schemas/ is not valid JSON or not a schema JsonSchema.Net can build.</summary>
public sealed class SchemaLoadException(string message, Exception inner) : Exception(message, inner);
