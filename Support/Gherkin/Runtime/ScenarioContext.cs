using Conformance.Gherkin.Results;

namespace Conformance.Gherkin.Runtime;

/// <summary>
/// The scenario being run; injectable into bindings and scenario/step hooks (one per scenario).
/// Typed state belongs in your own injected context classes (style.md lesson 5), not here.
/// </summary>
public sealed class ScenarioContext : IScenarioOutput
{
    private readonly Lock gate = new();
    private readonly List<Attachment> scenarioAttachments = [];
    private List<Attachment>? stepAttachments;
    private StepInfo? currentStep;
    private ErrorInfo? error;
    private Outcome outcome = Outcome.Passed;

    internal ScenarioContext(ScenarioInfo scenario) => Scenario = scenario;

    public ScenarioInfo Scenario { get; }

    public FeatureInfo Feature => Scenario.Feature;

    /// <summary>The step now running, null in Before/AfterScenario hooks.</summary>
    public StepInfo? CurrentStep
    {
        get
        {
            lock (gate)
            {
                return currentStep;
            }
        }
    }

    /// <summary>The outcome so far: Passed until a step or hook fails.</summary>
    public Outcome Outcome
    {
        get
        {
            lock (gate)
            {
                return outcome;
            }
        }
    }

    /// <summary>The first error so far (e.g. for an [AfterScenario] hook that attaches evidence on failure only).</summary>
    public ErrorInfo? Error
    {
        get
        {
            lock (gate)
            {
                return error;
            }
        }
    }

    public void Attach(string name, string mediaType, string content)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(mediaType);
        ArgumentNullException.ThrowIfNull(content);
        lock (gate)
        {
            (stepAttachments ?? scenarioAttachments).Add(new Attachment(name, mediaType, content));
        }
    }

    internal void BeginStep(StepInfo step)
    {
        lock (gate)
        {
            currentStep = step;
            stepAttachments = [];
        }
    }

    internal IReadOnlyList<Attachment> EndStep()
    {
        lock (gate)
        {
            var attachments = stepAttachments ?? [];
            stepAttachments = null;
            currentStep = null;
            return attachments;
        }
    }

    internal void RecordFailure(Outcome failure, ErrorInfo? failureError)
    {
        lock (gate)
        {
            if (outcome == Outcome.Passed)
            {
                outcome = failure;
                error = failureError;
            }
        }
    }

    internal IReadOnlyList<Attachment> ScenarioAttachments()
    {
        lock (gate)
        {
            return [.. scenarioAttachments];
        }
    }
}
