using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Conformance.Harness.Schemas;

/// <summary>
/// The schemas of Schemas/ (JSON Schema draft 2020-12), built once per run on JsonSchema.Net and looked up
/// by what a document is: an HTTP body (Schemas/http/{name}.schema.json) or a notification
/// (Schemas/notifications/notification.schema.json, which dispatches on messageType). Every captured
/// notification and judged HTTP body is validated, whether or not a step looks at it.
/// </summary>
public sealed class SchemaCatalog
{
    public const string SchemaSuffix = ".schema.json";
    public const string CasesSuffix = ".cases.json";
    public const string HttpFolder = "http";
    public const string NotificationsFolder = "notifications";
    public const string CasesFolder = "cases";
    public const string DefinitionsFile = "definitions.json";
    public const string LenientFile = "lenient.json";
    /// <summary>Where the lenient wrapper of a schema lives: lenient/{its path} under <see cref="BaseUri"/>.</summary>
    public const string LenientPrefix = "lenient/";
    public const string NotificationEntry = NotificationsFolder + "/notification" + SchemaSuffix;

    /// <summary>The base of every <c>$id</c>: a name, never fetched (.invalid is reserved, RFC 2606).</summary>
    public const string BaseUri = "https://gws-conformance.invalid/schemas/";

    /// <summary>
    /// The verdict alone: most documents are valid, and the pass/fail output is several times cheaper to
    /// evaluate than the hierarchical one (benchmarks/README.md, "The conformance suite").
    /// </summary>
    private static readonly EvaluationOptions VerdictOptions = new()
    {
        OutputFormat = OutputFormat.Flag,
        RequireFormatValidation = true,
    };

    /// <summary>The same rules with every failing node, evaluated again only for an invalid document to say why.</summary>
    private static readonly EvaluationOptions DetailOptions = new()
    {
        OutputFormat = OutputFormat.Hierarchical,
        RequireFormatValidation = true,
    };

    /// <summary>How many verdicts <see cref="_verdicts"/> keeps before it starts again (each keeps its document's text).</summary>
    private const int MaxRememberedVerdicts = 10_000;

    private readonly string _root;
    private readonly ConcurrentDictionary<(string Path, SchemaTier Tier, string Json), IReadOnlyList<SchemaViolation>> _verdicts = new();
    private readonly Lazy<Loaded> _loaded;
    private readonly ConcurrentDictionary<string, Lazy<JsonSchema>> _lenient = new(StringComparer.Ordinal);
    private readonly Lock _buildGate = new();

    public SchemaCatalog(string root)
    {
        _root = root;
        _loaded = new Lazy<Loaded>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The Schemas folder copied next to the test assembly.</summary>
    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "Schemas");

    public string Root => _root;

    /// <summary>Validate a notification's <c>data</c> against the notification entry schema.</summary>
    public Task<IReadOnlyList<SchemaViolation>> ValidateNotificationAsync(string dataJson, SchemaTier tier = SchemaTier.Strict) =>
        Task.FromResult(Validate(NotificationEntry, dataJson, tier));

    /// <summary>Validate an HTTP body against Schemas/http/{schemaName}.schema.json.</summary>
    public Task<IReadOnlyList<SchemaViolation>> ValidateHttpBodyAsync(string schemaName, string bodyJson, SchemaTier tier = SchemaTier.Strict) =>
        Task.FromResult(Validate($"{HttpFolder}/{schemaName}{SchemaSuffix}", bodyJson, tier));

    /// <summary>
    /// Validate a JSON text against the schema file at <paramref name="relativePath"/> (forward slashes).
    /// The same text against the same schema and tier always gets the same verdict, so verdicts are remembered:
    /// a matched notification is validated by its step and again by the end-of-scenario sweep, and many
    /// notifications (agent states, for one) are the same text in every scenario.
    /// </summary>
    public IReadOnlyList<SchemaViolation> Validate(string relativePath, string json, SchemaTier tier)
    {
        var key = (relativePath, tier, json);
        if (_verdicts.TryGetValue(key, out var known))
        {
            return known;
        }

        var verdict = ValidateText(relativePath, json, tier);
        if (_verdicts.Count >= MaxRememberedVerdicts)
        {
            _verdicts.Clear();
        }

        _verdicts[key] = verdict;
        return verdict;
    }

    private IReadOnlyList<SchemaViolation> ValidateText(string relativePath, string json, SchemaTier tier)
    {
        JsonNode? instance;
        try
        {
            instance = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            return [new SchemaViolation("", "type", "a JSON document", "not JSON: " + e.Message)];
        }

        return Validate(relativePath, instance, tier);
    }

    public IReadOnlyList<SchemaViolation> Validate(string relativePath, JsonNode? instance, SchemaTier tier)
    {
        var loaded = _loaded.Value;
        var key = relativePath.Replace('\\', '/');
        if (!loaded.Schemas.TryGetValue(key, out var schema))
        {
            return [new SchemaViolation("", "$ref", $"a schema at Schemas/{key}", "no such file")];
        }

        if (tier == SchemaTier.Lenient)
        {
            schema = _lenient.GetOrAdd(key, k => new Lazy<JsonSchema>(() => BuildLenient(loaded, k))).Value;
        }

        var element = JsonSerializer.SerializeToElement(instance);
        if (schema.Evaluate(element, VerdictOptions).IsValid)
        {
            return [];
        }

        var results = schema.Evaluate(element, DetailOptions);
        return results.IsValid ? [] : new ViolationReader(loaded.Documents, instance, BaseUri).Read(results);
    }

    /// <summary>Every schema document, relative to the root with forward slashes: *.schema.json and definitions.json.</summary>
    public IEnumerable<string> AllSchemaFiles() =>
        Directory.EnumerateFiles(_root, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(CasesFolder + "/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>The <c>$id</c> a schema file must declare: its path under <see cref="BaseUri"/>.</summary>
    public static Uri IdOf(string relativePath) => new(BaseUri + relativePath.Replace('\\', '/'));

    /// <summary>
    /// The lenient tier of a schema: a wrapper whose $defs are those of lenient.json. It is the
    /// outermost resource of the dynamic scope, so its $dynamicAnchors win over the strict ones.
    /// </summary>
    private JsonSchema BuildLenient(Loaded loaded, string relativePath)
    {
        var overlay = loaded.Documents[IdOf(LenientFile)];
        var wrapper = new JsonObject
        {
            ["$schema"] = MetaSchemas.Draft202012Id.ToString(),
            ["$id"] = BaseUri + LenientPrefix + relativePath,
            ["$ref"] = IdOf(relativePath).ToString(),
            ["$defs"] = overlay["$defs"]?.DeepClone(),
        };
        lock (_buildGate)
        {
            loaded.Documents[new Uri(BaseUri + LenientPrefix + relativePath)] = wrapper;
            return JsonSchema.Build(JsonSerializer.SerializeToElement(wrapper), loaded.BuildOptions);
        }
    }

    private Loaded Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var documents = new ConcurrentDictionary<Uri, JsonNode>();
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        lock (_buildGate)
        {
            foreach (var file in AllSchemaFiles())
            {
                var text = File.ReadAllText(Path.Combine(_root, file));
                try
                {
                    var node = JsonNode.Parse(text) ?? throw new JsonException("empty document");
                    documents[IdOf(file)] = node;
                    schemas[file] = JsonSchema.FromText(text, options, IdOf(file));
                }
                catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or NotSupportedException)
                {
                    throw new SchemaLoadException($"Schemas/{file} cannot be built: {e.Message}", e);
                }
            }
        }

        return new Loaded(options, documents, schemas);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"SchemaCatalog({_root})");

    private sealed record Loaded(BuildOptions BuildOptions, ConcurrentDictionary<Uri, JsonNode> Documents, Dictionary<string, JsonSchema> Schemas);
}
