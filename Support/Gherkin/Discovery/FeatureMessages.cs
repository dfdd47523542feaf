using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.RuntimeSupport;

namespace Conformance.Gherkin.Discovery;

/// <summary>
/// What Reqnroll's generator embeds in a feature's code-behind for its formatters (the Cucumber
/// HTML report and the NDJSON messages): the source text, the Gherkin document and the pickles.
/// </summary>
internal sealed class FeatureMessages(Source source, GherkinDocument document, IReadOnlyList<Pickle> pickles) : IFeatureLevelCucumberMessages
{
    public bool HasMessages => true;

    public Source Source { get; } = source;

    public GherkinDocument GherkinDocument { get; } = document;

    public IEnumerable<Pickle> Pickles => pickles;
}
