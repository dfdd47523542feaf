namespace Conformance.MockServer.Gws.Handlers;

internal sealed record ParameterRule(string Name, ParameterKind Kind, bool Required)
{
    public static ParameterRule Mandatory(string name, ParameterKind kind = ParameterKind.Text) => new(name, kind, true);

    public static ParameterRule Optional(string name, ParameterKind kind = ParameterKind.Text) => new(name, kind, false);
}
