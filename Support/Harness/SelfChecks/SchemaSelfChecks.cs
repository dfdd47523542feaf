using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Harness.Schemas;
using Json.Schema;
using NUnit.Framework;

namespace Conformance.Harness.SelfChecks;

/// <summary>
/// The suite checks its own schemas: each is draft 2020-12 and valid against the 2020-12 meta-schema,
/// has the $id of its path, a title and a description; each *.schema.json has a cases file; every case
/// gets its verdict in both tiers; and every assertion keyword a schema file uses is made to fail by at
/// least one invalid case, so no rule is there without proof that it bites.
/// </summary>
[TestFixture]
[Category("self-check")]
public sealed class SchemaSelfChecks
{
    /// <summary>Keywords that judge a value themselves; applicators ($ref, properties, allOf, if/then) judge through these.</summary>
    private static readonly HashSet<string> AssertionKeywords =
    [
        "type", "const", "enum", "pattern", "format", "required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "multipleOf",
        "additionalProperties", "unevaluatedProperties", "propertyNames", "not", "anyOf", "oneOf", "contains", "dependentRequired",
    ];

    /// <summary>Keywords whose value is a map of names to subschemas, or an enum/const literal (never walked as schemas).</summary>
    private static readonly HashSet<string> SchemaMaps = ["properties", "patternProperties", "$defs", "dependentSchemas"];

    private static readonly SchemaCatalog Catalog = new(SchemaCatalog.DefaultRoot);

    public static IEnumerable<string> SchemaFiles() => Catalog.AllSchemaFiles();

    public static IEnumerable<string> EntrySchemaFiles() => Catalog.AllSchemaFiles().Where(f => f.EndsWith(SchemaCatalog.SchemaSuffix, StringComparison.Ordinal));

    public static IEnumerable<TestCaseData> Cases() =>
        SchemaCaseFiles.All(SchemaCatalog.DefaultRoot)
            .SelectMany(f => SchemaCaseFiles.Read(SchemaCatalog.DefaultRoot, f))
            .SelectMany(c => new[] { SchemaTier.Strict, SchemaTier.Lenient }.Select(t => new TestCaseData(c, t).SetArgDisplayNames($"{c.File} {t}: {c.Group} / {c.Description}")));

    [Test]
    public void The_schema_folder_holds_the_http_and_notification_schemas()
    {
        var files = SchemaFiles().ToList();
        Assert.That(files, Has.Some.StartsWith(SchemaCatalog.HttpFolder + "/"));
        Assert.That(files, Has.Some.StartsWith(SchemaCatalog.NotificationsFolder + "/"));
        Assert.That(files, Does.Contain(SchemaCatalog.NotificationEntry));
        Assert.That(files, Does.Contain(SchemaCatalog.DefinitionsFile));
        Assert.That(files, Does.Contain(SchemaCatalog.LenientFile));
    }

    [TestCaseSource(nameof(SchemaFiles))]
    public void Each_schema_is_2020_12_and_valid_against_the_meta_schema(string relativePath)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Catalog.Root, relativePath)))!.AsObject();
        var meta = MetaSchemas.Draft202012.Evaluate(JsonSerializer.SerializeToElement(node), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var problems = (meta.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(meta.IsValid, Is.True, $"{relativePath} against the 2020-12 meta-schema:\n" + string.Join("\n", problems));
            Assert.That((string?)node["$schema"], Is.EqualTo(MetaSchemas.Draft202012Id.ToString()), "$schema");
            Assert.That((string?)node["$id"], Is.EqualTo(SchemaCatalog.IdOf(relativePath).ToString()), "$id is the file's path under the base URI");
            Assert.That((string?)node["title"], Is.Not.Null.And.Not.Empty, "title");
            Assert.That((string?)node["description"], Is.Not.Null.And.Not.Empty, "description (naming the doc page)");
        });
    }

    [TestCaseSource(nameof(EntrySchemaFiles))]
    public void Each_schema_has_cases_with_valid_and_invalid_instances(string relativePath)
    {
        var casesPath = SchemaCaseFiles.CasesPathOf(relativePath);
        Assert.That(File.Exists(Path.Combine(Catalog.Root, casesPath)), Is.True, $"{relativePath} has no cases: add Schemas/{casesPath}");
        var cases = SchemaCaseFiles.Read(Catalog.Root, casesPath);
        Assert.That(cases.Where(c => c.ValidStrict), Is.Not.Empty, $"{casesPath} has no valid instance");
        Assert.That(cases.Where(c => !c.ValidStrict), Is.Not.Empty, $"{casesPath} has no invalid instance");
    }

    [Test]
    public void Every_cases_file_belongs_to_a_schema()
    {
        var schemas = EntrySchemaFiles().ToHashSet();
        var orphans = SchemaCaseFiles.All(Catalog.Root).Where(f => !schemas.Contains(SchemaCaseFiles.SchemaPathOf(f))).ToList();
        Assert.That(orphans, Is.Empty, "cases files whose schema does not exist");
    }

    [TestCaseSource(nameof(Cases))]
    public void Each_case_gets_its_verdict(SchemaCase schemaCase, SchemaTier tier)
    {
        var violations = Catalog.Validate(schemaCase.Schema, schemaCase.Data, tier);
        var report = violations.Count == 0 ? "no violation" : string.Join("\n", violations);
        if (schemaCase.ValidIn(tier))
        {
            Assert.That(violations, Is.Empty, $"{schemaCase} should be valid ({tier}):\n{report}");
            return;
        }

        Assert.That(violations, Is.Not.Empty, $"{schemaCase} should be invalid ({tier})");
        if (schemaCase.KeywordIn(tier) is { } keyword)
        {
            Assert.That(violations, Has.Some.Matches<SchemaViolation>(v => v.Keyword == keyword && (schemaCase.Pointer is null || v.Pointer == schemaCase.Pointer)),
                $"{schemaCase} ({tier}): expected a violation of {keyword}{(schemaCase.Pointer is null ? "" : " at " + schemaCase.Pointer)}\nActual:\n{report}");
        }
    }

    [Test]
    public void Every_assertion_keyword_of_every_schema_file_is_made_to_fail_by_a_case()
    {
        var bitten = new HashSet<(string File, string Keyword)>();
        foreach (var casesPath in SchemaCaseFiles.All(Catalog.Root))
        {
            foreach (var schemaCase in SchemaCaseFiles.Read(Catalog.Root, casesPath))
            {
                foreach (var tier in new[] { SchemaTier.Strict, SchemaTier.Lenient }.Where(t => !schemaCase.ValidIn(t) && schemaCase.KeywordIn(t) is not null))
                {
                    foreach (var v in Catalog.Validate(schemaCase.Schema, schemaCase.Data, tier).Where(v => v.Keyword == schemaCase.KeywordIn(tier)))
                    {
                        bitten.Add((v.SchemaLocation.Split('#')[0], v.Keyword));
                    }
                }
            }
        }

        var unproven = new List<string>();
        foreach (var file in SchemaFiles())
        {
            var used = new SortedSet<string>(StringComparer.Ordinal);
            KeywordsUsed(JsonNode.Parse(File.ReadAllText(Path.Combine(Catalog.Root, file))), used);
            unproven.AddRange(used.Where(k => !bitten.Contains((file, k))).Select(k => $"{file}: {k}"));
        }

        Assert.That(unproven, Is.Empty, string.Join("\n", unproven) + "\nkeywords that no invalid case (with \"keyword\") makes fail, in the schema file that uses them");
    }

    [Test]
    public async Task A_violation_names_the_pointer_the_keyword_and_the_expected_value()
    {
        const string Entry = """
            {"messageType":"MessageLogUpdated","notificationType":"NewMessages","chatUri":"http://localhost:8080/api/v2/chats/0000Na9B26EF006E",
             "messages":[{"index":1,"type":"Text","text":"hi","from":{"nickname":"P","type":"Customer","participantId":"009052C5E6D6004A"},
                          "visibility":"All","timestamp":"2014-01-02 14:23:18.000-0800","timestampSeconds":1388701398}]}
            """;
        var violations = (await Catalog.ValidateNotificationAsync(Entry)).Select(v => v.ToString()).ToList();
        Assert.That(violations, Has.Some.StartsWith("/messages/0/timestamp: pattern: expected a string matching ^[0-9]{4}-").And.Some.Contains("actual \"2014-01-02 14:23:18.000-0800\""));
        Assert.That(violations, Has.Some.StartsWith("/messages/0/timestampSeconds: minimum: expected >= 1000000000000").And.Some.Contains("actual 1388701398"));
        Assert.That(await Catalog.ValidateNotificationAsync(Entry, SchemaTier.Lenient), Has.Count.EqualTo(1), "the lenient tier accepts the space but not seconds");
    }

    [TestCase("must", SchemaTier.Strict)]
    [TestCase("@must", SchemaTier.Strict)]
    [TestCase("@should", SchemaTier.Lenient)]
    [TestCase("@informational", SchemaTier.Lenient)]
    public void The_requirement_tag_picks_the_tier(string tag, SchemaTier tier) =>
        Assert.That(SchemaTiers.ForTags(["@api-chat", tag]), Is.EqualTo(tier));

    private static void KeywordsUsed(JsonNode? node, ISet<string> used)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    KeywordsUsed(item, used);
                }

                break;
            case JsonObject schema:
                foreach (var (name, value) in schema)
                {
                    if (AssertionKeywords.Contains(name))
                    {
                        used.Add(name);
                    }

                    if (name is "if" or "not" or "anyOf" or "oneOf")
                    {
                        // A condition, or branches whose failure is reported as the combinator's own.
                        continue;
                    }

                    if (SchemaMaps.Contains(name) && value is JsonObject map)
                    {
                        foreach (var (_, sub) in map)
                        {
                            KeywordsUsed(sub, used);
                        }
                    }
                    else if (name is not ("enum" or "const" or "required" or "examples" or "default"))
                    {
                        KeywordsUsed(value, used);
                    }
                }

                break;
        }
    }
}
