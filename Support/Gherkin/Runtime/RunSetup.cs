using Conformance.Gherkin.Results;

namespace Conformance.Gherkin.Runtime;

/// <summary>
/// What a [BeforeTestRun] hook may configure: take it as a parameter.
/// <code>[BeforeTestRun] public static void Setup(RunSetup run) { run.Listeners.Add(new MyReporter()); run.Services.Add(config); }</code>
/// </summary>
public sealed class RunSetup
{
    internal RunSetup(RunListeners listeners, RunServices services, string featuresRoot)
    {
        Listeners = listeners;
        Services = services;
        FeaturesRoot = featuresRoot;
    }

    public RunListeners Listeners { get; }

    public RunServices Services { get; }

    /// <summary>The absolute folder the features were loaded from.</summary>
    public string FeaturesRoot { get; }
}
