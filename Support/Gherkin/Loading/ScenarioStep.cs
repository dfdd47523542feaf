using Conformance.Gherkin.Results;
using Conformance.Gherkin.Tables;

namespace Conformance.Gherkin.Loading;

/// <summary>One step of a compiled scenario (Background merged in, outline values substituted).</summary>
public sealed class ScenarioStep
{
    internal ScenarioStep(StepInfo info, StepKind kind, DataTable? table, DocString? docString)
    {
        Info = info;
        Kind = kind;
        Table = table;
        DocString = docString;
    }

    public StepInfo Info { get; }

    public StepKind Kind { get; }

    public string Text => Info.Text;

    public DataTable? Table { get; }

    public DocString? DocString { get; }
}
