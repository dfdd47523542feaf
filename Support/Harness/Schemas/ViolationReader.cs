using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Conformance.Harness.Schemas;

/// <summary>
/// Turns JsonSchema.Net's hierarchical results into one <see cref="SchemaViolation"/> per failed keyword:
/// the JSON Pointer of the failing value, the keyword, the expected value read from the schema itself
/// (the pattern, the enum, the required names...) and the actual value read from the document.
/// Combinators are judged here: JsonSchema.Net reports their branches but not their own failure, so a
/// failed anyOf/oneOf/not becomes one line and the branches (which fail by design) are not listed.
/// </summary>
internal sealed class ViolationReader(ConcurrentDictionary<Uri, JsonNode> documents, JsonNode? instance, string baseUri)
{
    /// <summary>A document's value is cut here; the schema's expectation never is (an enum of 25 words must read whole).</summary>
    private const int MaxActual = 160;
    private static readonly HashSet<string> Annotations = ["$comment", "title", "description", "$dynamicAnchor"];
    private static readonly HashSet<string> FalseSchemaKeywords = ["additionalProperties", "unevaluatedProperties", "items", "unevaluatedItems", "propertyNames"];

    public IReadOnlyList<SchemaViolation> Read(EvaluationResults results)
    {
        var violations = new List<SchemaViolation>();
        Walk(results, violations);
        return [.. violations.Distinct()];
    }

    private void Walk(EvaluationResults node, List<SchemaViolation> violations)
    {
        if (node.IsValid)
        {
            return;
        }

        var schema = SchemaAt(node.SchemaLocation);
        var pointer = node.InstanceLocation.ToString();
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            if (keyword.Length > 0)
            {
                violations.Add(Violation(pointer, keyword, schema, node.SchemaLocation, message));
            }
        }

        var children = node.Details ?? [];
        foreach (var group in children.GroupBy(c => KeywordOf(node, c)))
        {
            switch (group.Key)
            {
                case "anyOf" when !group.Any(c => c.IsValid):
                case "oneOf" when group.Count(c => c.IsValid) != 1:
                    violations.Add(Violation(pointer, group.Key, schema, node.SchemaLocation, $"{group.Count(c => c.IsValid)} branches match"));
                    break;
                case "not" when group.Any(c => c.IsValid):
                    violations.Add(Violation(pointer, "not", schema, node.SchemaLocation, "the document matches"));
                    break;
                case "propertyNames" when group.Any(c => !c.IsValid):
                    var names = group.Where(c => !c.IsValid).Select(c => $"\"{c.InstanceLocation.ToString().Split('/')[^1]}\"");
                    violations.Add(Violation(pointer, "propertyNames", schema, node.SchemaLocation, "names " + string.Join(", ", names)));
                    break;
                case "anyOf" or "oneOf" or "not" or "if" or "contains" or "dependentSchemas" or "propertyNames":
                    break; // passed, or branches that fail by design
                default:
                    foreach (var child in group.Where(c => !c.IsValid))
                    {
                        if (FalseSchemaKeywords.Contains(group.Key) && child.Errors is { } errors && errors.ContainsKey(""))
                        {
                            violations.Add(Violation(child.InstanceLocation.ToString(), group.Key, schema, node.SchemaLocation, "not allowed"));
                        }
                        else
                        {
                            Walk(child, violations);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The keyword under which <paramref name="child"/> was evaluated: the first segment of its path below the parent's.</summary>
    private static string KeywordOf(EvaluationResults parent, EvaluationResults child)
    {
        var parentPath = parent.EvaluationPath.ToString();
        var childPath = child.EvaluationPath.ToString();
        var rest = childPath.Length > parentPath.Length ? childPath[(parentPath.Length + 1)..] : "";
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? rest : rest[..slash];
    }

    private SchemaViolation Violation(string pointer, string keyword, JsonObject? schema, Uri location, string fallback)
    {
        var value = schema?[keyword];
        var actual = ValueAt(pointer);
        var expected = keyword switch
        {
            "type" => Text(value),
            "const" => Text(value),
            "enum" => "one of " + Text(value),
            "pattern" => "a string matching " + value,
            "format" => $"format \"{value}\"",
            "required" => "properties " + Text(value),
            "minimum" => ">= " + value,
            "maximum" => "<= " + value,
            "exclusiveMinimum" => "> " + value,
            "exclusiveMaximum" => "< " + value,
            "minLength" => $"at least {value} characters",
            "maxLength" => $"at most {value} characters",
            "minItems" => $"at least {value} items",
            "maxItems" => $"at most {value} items",
            "uniqueItems" => "no item twice",
            "additionalProperties" or "unevaluatedProperties" => "only the properties " + Text(new JsonArray([.. (schema?["properties"] as JsonObject ?? []).Select(p => (JsonNode)p.Key)])),
            "not" => "not " + Text(Strip(value)),
            "propertyNames" => "property names matching " + Text(Strip(value)),
            "anyOf" => "any of " + Text(Strip(value)),
            "oneOf" => "exactly one of " + Text(Strip(value)),
            _ => value is null ? fallback : Text(Strip(value)),
        };
        if (schema?["title"] is JsonValue title && keyword is not ("additionalProperties" or "unevaluatedProperties" or "required"))
        {
            expected += $" ({title})";
        }

        var actualText = keyword switch
        {
            "required" when value is JsonArray names && actual is JsonObject present =>
                "missing " + string.Join(", ", names.Select(n => n?.ToString()).Where(n => n is not null && !present.ContainsKey(n)).Select(n => $"\"{n}\"")),
            "anyOf" or "oneOf" or "not" => fallback + ": " + Shorten(Text(actual)),
            "propertyNames" => fallback,
            _ => Shorten(Text(actual)),
        };
        return new SchemaViolation(pointer, keyword, expected, actualText, Relative(location));
    }

    private JsonObject? SchemaAt(Uri location)
    {
        var text = location.OriginalString;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var document = hash < 0 ? text : text[..hash];
        if (!documents.TryGetValue(new Uri(document), out var node))
        {
            return null;
        }

        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(text[(hash + 1)..]);
        return Navigate(node, fragment) as JsonObject;
    }

    private JsonNode? ValueAt(string pointer) => Navigate(instance, pointer);

    private static JsonNode? Navigate(JsonNode? node, string pointer)
    {
        if (pointer.Length == 0)
        {
            return node;
        }

        foreach (var raw in pointer.TrimStart('/').Split('/'))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>A subschema without its prose, for the expected value of a combinator.</summary>
    private static JsonNode? Strip(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Where(p => !Annotations.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, Strip(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Strip)]),
        _ => node?.DeepClone(),
    };

    private static string Text(JsonNode? node) =>
        node?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "(absent)";

    private static string Shorten(string text) => text.Length <= MaxActual ? text : text[..MaxActual] + "...";

    /// <summary>The rule's place relative to Schemas/; a lenient wrapper's $defs are those of lenient.json.</summary>
    private string Relative(Uri location)
    {
        var text = location.OriginalString;
        if (!text.StartsWith(baseUri, StringComparison.Ordinal))
        {
            return text;
        }

        text = text[baseUri.Length..];
        var hash = text.IndexOf("#/$defs/", StringComparison.Ordinal);
        return text.StartsWith(SchemaCatalog.LenientPrefix, StringComparison.Ordinal) && hash >= 0 ? SchemaCatalog.LenientFile + text[hash..] : text;
    }
}
