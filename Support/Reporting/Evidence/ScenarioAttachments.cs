using Conformance.Reporting.Model;

namespace Conformance.Reporting.Evidence;

/// <summary>Reading the attachments a scenario and its steps produced.</summary>
public static class ScenarioAttachments
{
    /// <summary>The name the step code gives to what an @informational scenario observed.</summary>
    public const string ObservationName = "observation";

    /// <summary>Scenario-level attachments first, then each step's in step order.</summary>
    public static IReadOnlyList<Attachment> All(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Attachments.Concat(result.Steps.OrderBy(s => s.Step.Index).SelectMany(s => s.Attachments)).ToList();
    }

    /// <summary>Every "observation" attachment joined, redacted; null when there is none.</summary>
    public static string? Observation(ScenarioResult result)
    {
        var observations = All(result)
            .Where(a => string.Equals(a.Name, ObservationName, StringComparison.OrdinalIgnoreCase))
            .Select(a => Redactor.Redact(a.Content).TrimEnd())
            .ToList();
        return observations.Count == 0 ? null : string.Join("\n", observations);
    }
}
