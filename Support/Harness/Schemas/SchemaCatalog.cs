using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Conformance.Harness.Schemas;

/// <summary>
/// The schemas of Schemas/, compiled once per run and looked up by what a document is: an HTTP body
/// (Schemas/http/{name}.schema.json) or a notification (Schemas/notifications/{messageType}.{notificationType}.schema.json).
/// Issue #5: every captured notification and HTTP body is validated, whether or not a step looks at it.
/// </summary>
public sealed class SchemaCatalog
{
    public const string SchemaSuffix = ".schema.json";
    public const string HttpFolder = "http";
    public const string NotificationsFolder = "notifications";

    private readonly string _root;
    private readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema?>>> _schemas = new(StringComparer.Ordinal);

    public SchemaCatalog(string root) => _root = root;

    /// <summary>The Schemas folder copied next to the test assembly.</summary>
    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "Schemas");

    public string Root => _root;

    public static string NotificationSchemaName(string messageType, string? notificationType) =>
        notificationType is null ? messageType : $"{messageType}.{notificationType}";

    /// <summary>Validate a notification's <c>data</c>; a messageType without a schema is itself a violation.</summary>
    public async Task<IReadOnlyList<SchemaViolation>> ValidateNotificationAsync(string dataJson)
    {
        var token = Parse(dataJson);
        var messageType = token.Value<string>("messageType");
        var notificationType = token.Value<string>("notificationType");
        if (messageType is null)
        {
            return [new SchemaViolation("/messageType", "required", "a notification must name its messageType (gws-api.md 2)")];
        }

        var name = NotificationSchemaName(messageType, notificationType);
        return await ValidateAsync(Path.Combine(NotificationsFolder, name + SchemaSuffix), token, $"notification {name}");
    }

    /// <summary>Validate an HTTP body against Schemas/http/{schemaName}.schema.json.</summary>
    public Task<IReadOnlyList<SchemaViolation>> ValidateHttpBodyAsync(string schemaName, string bodyJson) =>
        ValidateAsync(Path.Combine(HttpFolder, schemaName + SchemaSuffix), Parse(bodyJson), $"HTTP body {schemaName}");

    public Task<JsonSchema?> LoadAsync(string relativePath) =>
        _schemas.GetOrAdd(relativePath, p => new Lazy<Task<JsonSchema?>>(() => LoadFileAsync(p))).Value;

    public IEnumerable<string> AllSchemaFiles() =>
        Directory.EnumerateFiles(_root, "*" + SchemaSuffix, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_root, f))
            .OrderBy(f => f, StringComparer.Ordinal);

    private async Task<IReadOnlyList<SchemaViolation>> ValidateAsync(string relativePath, JToken token, string what)
    {
        var schema = await LoadAsync(relativePath);
        if (schema is null)
        {
            return [new SchemaViolation("", "no schema", $"{what}: Schemas/{relativePath.Replace('\\', '/')} does not exist")];
        }

        return [.. Flatten(schema.Validate(token))];
    }

    private async Task<JsonSchema?> LoadFileAsync(string relativePath)
    {
        var path = Path.Combine(_root, relativePath);
        return File.Exists(path) ? await JsonSchema.FromFileAsync(path) : null;
    }

    /// <summary>Dates stay strings: NJsonSchema would otherwise see "2014-01-02T14:23:18" as a date, not a string.</summary>
    public static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        return JToken.ReadFrom(reader);
    }

    /// <summary>
    /// Wrapper errors (an invalid array item or property) are replaced by the errors inside them, so the
    /// pointer names the leaf; a failed oneOf/anyOf keeps its own entry with the branches' errors as detail.
    /// </summary>
    private static IEnumerable<SchemaViolation> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is not ChildSchemaValidationError child)
            {
                yield return new SchemaViolation(ToPointer(error.Path), RuleName(error.Kind), "");
                continue;
            }

            var inner = child.Errors.SelectMany(e => Flatten(e.Value)).ToList();
            if (error.Kind is ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotAllOf
                || inner.Count == 0)
            {
                yield return new SchemaViolation(ToPointer(error.Path), RuleName(error.Kind), string.Join("; ", inner));
                continue;
            }

            foreach (var violation in inner)
            {
                yield return violation;
            }
        }
    }

    /// <summary>NJsonSchema paths look like <c>#/chat.participants[0].type</c>; a JSON Pointer is <c>/chat/participants/0/type</c>.</summary>
    public static string ToPointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "#")
        {
            return "";
        }

        var body = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        var pointer = new StringBuilder();
        var segment = new StringBuilder();
        void Flush()
        {
            if (segment.Length > 0)
            {
                pointer.Append('/').Append(segment.ToString().Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
                segment.Clear();
            }
        }

        foreach (var c in body)
        {
            switch (c)
            {
                case '.':
                case '[':
                    Flush();
                    break;
                case ']':
                    Flush();
                    break;
                default:
                    segment.Append(c);
                    break;
            }
        }

        Flush();
        return pointer.ToString();
    }

    /// <summary>The JSON Schema keyword behind an NJsonSchema error kind, e.g. PropertyRequired → required.</summary>
    private static string RuleName(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.PropertyRequired => "required",
        ValidationErrorKind.NotInEnumeration => "enum",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => "additionalProperties",
        ValidationErrorKind.NotOneOf => "oneOf",
        ValidationErrorKind.NotAnyOf => "anyOf",
        ValidationErrorKind.NotAllOf => "allOf",
        ValidationErrorKind.PatternMismatch => "pattern",
        ValidationErrorKind.TooFewItems => "minItems",
        ValidationErrorKind.TooManyItems => "maxItems",
        ValidationErrorKind.StringTooShort => "minLength",
        ValidationErrorKind.StringTooLong => "maxLength",
        ValidationErrorKind.NumberTooSmall => "minimum",
        ValidationErrorKind.NumberTooBig => "maximum",
        ValidationErrorKind.StringExpected => "type: string",
        ValidationErrorKind.IntegerExpected => "type: integer",
        ValidationErrorKind.NumberExpected => "type: number",
        ValidationErrorKind.BooleanExpected => "type: boolean",
        ValidationErrorKind.ObjectExpected => "type: object",
        ValidationErrorKind.ArrayExpected => "type: array",
        ValidationErrorKind.NullExpected => "type: null",
        _ => kind.ToString(),
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"SchemaCatalog({_root})");
}
