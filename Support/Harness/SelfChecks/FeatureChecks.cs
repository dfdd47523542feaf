using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Conformance.Harness.SelfChecks;

/// <summary>
/// The features lint themselves: each is addressed by its API, operation and doc
/// page tags, describes the operation, names its scenarios uniquely without "should", grades each
/// exactly once, and every @informational probe records an observation.
/// </summary>
[TestFixture]
[Category("self-check")]
public sealed partial class FeatureChecks
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Features");

    public static IEnumerable<string> FeatureFiles() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Features"), "*.feature", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "Features"), f)).Order(StringComparer.Ordinal);

    [Test]
    public void Every_seeded_operation_has_its_feature()
    {
        string[] expected =
        [
            "Chat/Accept", "Chat/Complete", "Chat/Invite", "Chat/Leave", "Chat/Reject", "Chat/SendMessage",
            "SMS/Accept", "SMS/Complete", "SMS/Invite", "SMS/Leave", "SMS/Reject", "SMS/SendMessage",
            "IM/Complete", "IM/InitiateIMSession", "IM/SendMessage",
        ];
        Assert.That(FeatureFiles().Select(f => f.Replace('\\', '/').Replace(".feature", "", StringComparison.Ordinal)), Is.SupersetOf(expected));
    }

    [TestCaseSource(nameof(FeatureFiles))]
    public void The_feature_is_tagged_described_and_graded(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, file));
        var featureLine = Array.FindIndex(lines, l => l.StartsWith("Feature:", StringComparison.Ordinal));
        var featureTags = featureLine > 0 ? lines[featureLine - 1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        var api = Path.GetDirectoryName(file)!.ToLowerInvariant();
        var operation = Path.GetFileNameWithoutExtension(file);
        var problems = new List<string>();
        if (!featureTags.Contains($"@api-{api}"))
        {
            problems.Add($"no @api-{api} tag on the feature");
        }

        if (!featureTags.Contains($"@op-{operation}"))
        {
            problems.Add($"no @op-{operation} tag on the feature");
        }

        if (featureTags.Count(t => t.StartsWith("@doc-", StringComparison.Ordinal)) != 1)
        {
            problems.Add("not exactly one @doc- tag on the feature");
        }

        if (featureLine + 1 >= lines.Length || lines[featureLine + 1].Trim().Length == 0)
        {
            problems.Add("no description under the Feature line");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (UnsupportedKeyword().IsMatch(line))
            {
                problems.Add($"line {i + 1}: Rule:/Example: (Gherkin 5.0.0 drops them)");
            }

            if (!line.StartsWith("Scenario:", StringComparison.Ordinal))
            {
                continue;
            }

            var name = line["Scenario:".Length..].Trim();
            if (!names.Add(name))
            {
                problems.Add($"line {i + 1}: duplicate scenario name \"{name}\"");
            }

            if (name.Contains("should", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"line {i + 1}: \"should\" in a scenario name (keep it for Then steps)");
            }

            var tags = i > 0 && lines[i - 1].Trim().StartsWith('@') ? lines[i - 1].Trim().Split(' ') : [];
            if (tags.Count(t => t is "@must" or "@should" or "@informational") != 1)
            {
                problems.Add($"line {i + 1}: not exactly one strength tag (@must, @should, @informational)");
            }

            var body = lines.Skip(i + 1).TakeWhile(l => !l.TrimStart().StartsWith("Scenario:", StringComparison.Ordinal) && !l.TrimStart().StartsWith('@'));
            if (tags.Contains("@informational") && !body.Any(l => l.Contains("the observation records", StringComparison.Ordinal)))
            {
                problems.Add($"line {i + 1}: an @informational scenario that records no observation");
            }
        }

        Assert.That(problems, Is.Empty, $"{file}:\n  " + string.Join("\n  ", problems));
    }

    [GeneratedRegex(@"^(Rule|Example):")]
    private static partial Regex UnsupportedKeyword();
}
