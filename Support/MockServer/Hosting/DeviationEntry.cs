namespace Conformance.MockServer.Hosting;

/// <summary>
/// One row of the deviation catalogue: the switch, the kind of rule it breaks, the rule in the words of
/// the public doc page (cited by its title), and the suite categories (feature tags without the @) whose
/// scenarios can observe it. An empty <see cref="Scope"/> means the whole suite. <see cref="NeedsCsrf"/>: the rule
/// exists only with CSRF protection on (GWS option enableCsrfProtection), so the suite must run with it on to see it.
/// </summary>
public sealed record DeviationEntry(Deviation Deviation, DeviationClass Class, string Rule, IReadOnlyList<string> Scope, bool NeedsCsrf = false)
{
    public string Name => Deviation.ToString();
}
