using System.Text.Json.Nodes;
using Conformance.Harness.Schemas;

namespace Conformance.Harness.SelfChecks;

/// <summary>
/// The cases of Schemas/cases/, in the layout of JSON-Schema-Test-Suite: each file is an array of groups
/// <c>{"description", "tests": [{"description", "data", "valid"}]}</c> for the schema of the same name
/// (cases/notifications/X.cases.json judges notifications/X.schema.json). Two additions: <c>valid</c> may be
/// <c>{"strict": bool, "lenient": bool}</c> where the tiers differ, and an invalid case names the
/// <c>keyword</c> (or <c>{"strict": k, "lenient": k}</c>) and may name the <c>pointer</c> its violation must report.
/// </summary>
public static class SchemaCaseFiles
{
    public static string CasesPathOf(string schemaPath) =>
        $"{SchemaCatalog.CasesFolder}/{schemaPath[..^SchemaCatalog.SchemaSuffix.Length]}{SchemaCatalog.CasesSuffix}";

    public static string SchemaPathOf(string casesPath) =>
        casesPath[(SchemaCatalog.CasesFolder.Length + 1)..^SchemaCatalog.CasesSuffix.Length] + SchemaCatalog.SchemaSuffix;

    public static IEnumerable<string> All(string root)
    {
        var folder = Path.Combine(root, SchemaCatalog.CasesFolder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*" + SchemaCatalog.CasesSuffix, SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .OrderBy(f => f, StringComparer.Ordinal)
            : [];
    }

    public static IReadOnlyList<SchemaCase> Read(string root, string casesPath)
    {
        var groups = JsonNode.Parse(File.ReadAllText(Path.Combine(root, casesPath))) as JsonArray
            ?? throw new InvalidDataException($"{casesPath}: the top level must be an array of groups");
        var cases = new List<SchemaCase>();
        foreach (var group in groups.OfType<JsonObject>())
        {
            var groupName = Required(group, "description", casesPath);
            foreach (var test in (group["tests"] as JsonArray ?? throw new InvalidDataException($"{casesPath}: group \"{groupName}\" has no tests")).OfType<JsonObject>())
            {
                var name = Required(test, "description", casesPath);
                var (strict, lenient) = test["valid"] switch
                {
                    JsonValue v when v.TryGetValue<bool>(out var both) => (both, both),
                    JsonObject tiers => ((bool?)tiers["strict"] ?? throw Bad(casesPath, name), (bool?)tiers["lenient"] ?? throw Bad(casesPath, name)),
                    _ => throw Bad(casesPath, name),
                };
                var (strictKeyword, lenientKeyword) = test["keyword"] switch
                {
                    null => (null, null),
                    JsonObject tiers => ((string?)tiers["strict"], (string?)tiers["lenient"]),
                    var one => ((string?)one, (string?)one),
                };
                cases.Add(new SchemaCase(casesPath, SchemaPathOf(casesPath), groupName, name, test["data"]?.DeepClone(), strict, lenient,
                    strictKeyword, lenientKeyword, (string?)test["pointer"]));
            }
        }

        return cases;
    }

    private static string Required(JsonObject node, string field, string file) =>
        (string?)node[field] is { Length: > 0 } text ? text : throw new InvalidDataException($"{file}: an entry has no {field}");

    private static InvalidDataException Bad(string file, string test) =>
        new($"{file}: \"{test}\": valid must be true, false or {{\"strict\": bool, \"lenient\": bool}}");
}
