using System.Globalization;
using Reqnroll;

namespace Conformance.Gherkin.Discovery;

/// <summary>
/// One *.feature file as discovered: its Reqnroll <see cref="FeatureInfo"/> (with the Cucumber
/// messages the formatters need) and one <see cref="PickleScenario"/> per test, or the reason it
/// cannot run (<see cref="Problem"/>, shown as one failing test).
/// </summary>
internal sealed class FeatureFile
{
    public FeatureFile(string relativePath, string name, string description, IReadOnlyList<string> tags, string language, FeatureMessages? messages, IReadOnlyList<PickleScenario> scenarios, string? problem, int problemLine)
    {
        RelativePath = relativePath;
        Name = name;
        Description = description;
        Tags = tags;
        Scenarios = scenarios;
        Problem = problem;
        ProblemLine = problemLine;
        var folder = Path.GetDirectoryName(relativePath)?.Replace('\\', '/') ?? string.Empty;
        Info = new FeatureInfo(Culture(language), folder, name, description, ProgrammingLanguage.CSharp, [.. tags], messages);
    }

    /// <summary>Path from the folder above the features root, e.g. <c>Features/Chat/Start chat.feature</c>.</summary>
    public string RelativePath { get; }

    public string Name { get; }

    public string Description { get; }

    /// <summary>Feature-level tags, without the @.</summary>
    public IReadOnlyList<string> Tags { get; }

    public FeatureInfo Info { get; }

    public IReadOnlyList<PickleScenario> Scenarios { get; }

    /// <summary>Why the file cannot run ("file:line: message" lines), or null.</summary>
    public string? Problem { get; }

    public int ProblemLine { get; }

    public static FeatureFile Broken(string relativePath, int line, string problem) =>
        new(relativePath, relativePath, string.Empty, [], "en", null, [], problem, line);

    private static CultureInfo Culture(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language == "en" ? "en-US" : language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
