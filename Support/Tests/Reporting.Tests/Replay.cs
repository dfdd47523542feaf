using Conformance.Reporting;
using Conformance.Reporting.Model;

namespace Reporting.Tests;

/// <summary>Feeds a fixture's events to a listener in the order the runner raises them.</summary>
public static class Replay
{
    public static RunResult Into(IRunListener listener, RunFixture fixture, string featuresRoot)
    {
        var run = fixture.Run(featuresRoot);
        listener.RunStarted(run.Run);
        foreach (var feature in run.Features)
        {
            listener.FeatureStarted(feature.Feature);
            foreach (var scenario in feature.Scenarios)
            {
                listener.ScenarioStarted(scenario.Scenario);
                foreach (var step in scenario.Steps)
                {
                    listener.StepStarted(step.Step);
                    listener.StepFinished(step);
                }

                listener.ScenarioFinished(scenario);
            }

            listener.FeatureFinished(feature);
        }

        listener.RunFinished(run);
        return run;
    }

    /// <summary>The sample run through a fresh listener; returns the listener for its Report and Verdict.</summary>
    public static ReportingListener Sample(TestFolder folder, ReportOptions options)
    {
        var listener = new ReportingListener(options);
        Into(listener, SampleRun.Build(), folder.FeaturesRoot);
        return listener;
    }
}
