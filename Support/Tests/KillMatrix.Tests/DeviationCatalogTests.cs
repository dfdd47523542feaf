using Conformance.MockServer.Hosting;

namespace KillMatrix.Tests;

public sealed class DeviationCatalogTests
{
    [Test]
    public void Every_deviation_has_exactly_one_catalogue_entry()
    {
        var names = DeviationCatalog.All.Select(e => e.Deviation).ToList();
        names.Should().OnlyHaveUniqueItems();
        names.Should().BeEquivalentTo(Enum.GetValues<Deviation>(), "a deviation without a rule cannot be judged by the kill matrix");
    }

    [Test]
    public void Every_entry_states_the_rule_it_breaks_and_a_known_scope()
    {
        string[] scopes = [DeviationCatalog.Scopes.Chat, DeviationCatalog.Scopes.Sms, DeviationCatalog.Scopes.Im, DeviationCatalog.Scopes.Agent];
        foreach (var entry in DeviationCatalog.All)
        {
            entry.Rule.Should().MatchRegex(@"^\S.{20,}", $"{entry.Name} must say which documented rule it breaks");
            entry.Scope.Should().BeSubsetOf(scopes, $"{entry.Name}'s scope must name feature categories the suite has");
        }
    }

    [Test]
    public void Of_names_a_missing_entry()
    {
        var act = () => DeviationCatalog.Of((Deviation)(-1));
        act.Should().Throw<KeyNotFoundException>().WithMessage("*-1*");
    }
}
