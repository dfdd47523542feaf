namespace Conformance.Harness;

internal static class Placeholder { }
