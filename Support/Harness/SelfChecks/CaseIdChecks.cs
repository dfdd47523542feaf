using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Conformance.Harness.SelfChecks;

/// <summary>
/// Every scenario has one stable case id, @id-&lt;api&gt;.&lt;operation&gt;.&lt;n&gt; (like h2spec's or Autobahn's case
/// numbers): reports, JUnit properties, the kill matrix and expectations files name scenarios by it, so
/// it must be unique, and a retired id (Features/retired-case-ids.txt) is never given again.
/// scripts/assign-case-ids gives the missing ones.
/// </summary>
[TestFixture]
[Category("self-check")]
public sealed partial class CaseIdChecks
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Features");

    [GeneratedRegex(@"^\s*(Scenario|Scenario Outline|Scenario Template|Example):")]
    private static partial Regex ScenarioLine();

    [GeneratedRegex(@"^@id-[a-z]+\.[a-z0-9]+\.[1-9][0-9]*$")]
    private static partial Regex CaseIdForm();

    private static IEnumerable<(string File, int Line, IReadOnlyList<string> Ids)> Scenarios()
    {
        foreach (var path in Directory.EnumerateFiles(Root, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!ScenarioLine().IsMatch(lines[i]))
                {
                    continue;
                }

                var ids = new List<string>();
                for (var j = i - 1; j >= 0 && lines[j].TrimStart().StartsWith('@'); j--)
                {
                    ids.AddRange(lines[j].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t.StartsWith("@id-", StringComparison.Ordinal)));
                }

                yield return (Path.GetRelativePath(AppContext.BaseDirectory, path).Replace('\\', '/'), i + 1, ids);
            }
        }
    }

    [Test]
    public void Every_scenario_has_exactly_one_well_formed_case_id()
    {
        var problems = Scenarios()
            .Where(s => s.Ids.Count != 1 || !CaseIdForm().IsMatch(s.Ids[0]))
            .Select(s => $"{s.File}:{s.Line}: {(s.Ids.Count == 0 ? "no @id- tag (run scripts/assign-case-ids)" : $"case id tags {string.Join(" ", s.Ids)}")}")
            .ToList();
        Assert.That(problems, Is.Empty, "Expected one @id-<api>.<operation>.<n> tag per scenario\nActual:\n" + string.Join("\n", problems));
    }

    [Test]
    public void Case_ids_are_unique_and_never_reuse_a_retired_one()
    {
        var retiredFile = Path.Combine(Root, "retired-case-ids.txt");
        var retired = File.Exists(retiredFile)
            ? File.ReadAllLines(retiredFile).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.StartsWith('@') ? l : "@" + l).ToHashSet()
            : [];
        var all = Scenarios().SelectMany(s => s.Ids.Select(id => (Id: id, Where: $"{s.File}:{s.Line}"))).ToList();
        var problems = all.GroupBy(x => x.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key} at {string.Join(", ", g.Select(x => x.Where))}")
            .Concat(all.Where(x => retired.Contains(x.Id)).Select(x => $"{x.Id} at {x.Where} is retired"))
            .ToList();
        Assert.That(problems, Is.Empty, "Expected every case id once and none retired\nActual:\n" + string.Join("\n", problems));
    }
}
