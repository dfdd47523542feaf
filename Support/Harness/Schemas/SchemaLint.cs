using Newtonsoft.Json.Linq;

namespace Conformance.Harness.Schemas;

/// <summary>
/// Finds the constructs NJsonSchema 10.7.2 loads but silently does not enforce, or cannot load
/// (feasibility.md 4): a schema using one would pass documents it means to reject.
/// </summary>
public static class SchemaLint
{
    /// <summary>Keywords never enforced by NJsonSchema 10.7.2; write <c>enum: [x]</c> instead of <c>const</c>.</summary>
    public static readonly IReadOnlyList<string> IgnoredKeywords =
        ["const", "contains", "if", "then", "else", "propertyNames", "dependencies", "dependentRequired", "dependentSchemas"];

    /// <summary>Keywords whose values are schemas (so a boolean there is a boolean schema).</summary>
    private static readonly HashSet<string> SchemaValuedKeywords =
        ["items", "additionalItems", "not", "allOf", "anyOf", "oneOf", "properties", "patternProperties", "definitions"];

    /// <summary>Every problem in one schema document, as "pointer: message".</summary>
    public static IReadOnlyList<string> Check(JToken schema)
    {
        var problems = new List<string>();
        Walk(schema, "", problems);
        if (schema is JObject root)
        {
            foreach (var required in new[] { "title", "description" })
            {
                if (root[required] is not JValue { Type: JTokenType.String } value || string.IsNullOrWhiteSpace((string?)value))
                {
                    problems.Add($"(root): has no {required} (issue #5: each schema has a title and a description citing the doc page)");
                }
            }
        }

        return problems;
    }

    private static void Walk(JToken node, string pointer, List<string> problems)
    {
        if (node is not JObject schema)
        {
            if (node.Type == JTokenType.Boolean)
            {
                problems.Add($"{pointer}: a boolean schema, which NJsonSchema 10.7.2 cannot load");
            }

            return;
        }

        foreach (var property in schema.Properties())
        {
            var child = $"{pointer}/{property.Name}";
            if (IgnoredKeywords.Contains(property.Name))
            {
                problems.Add($"{child}: keyword \"{property.Name}\" is ignored by NJsonSchema 10.7.2 (write enum:[x] for a constant)");
            }

            if (!SchemaValuedKeywords.Contains(property.Name) && property.Name != "additionalProperties")
            {
                continue;
            }

            switch (property.Value)
            {
                case JArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], $"{child}/{i}", problems);
                    }

                    break;
                case JObject map when property.Name is "properties" or "patternProperties" or "definitions":
                    foreach (var entry in map.Properties())
                    {
                        Walk(entry.Value, $"{child}/{entry.Name}", problems);
                    }

                    break;
                case JValue { Type: JTokenType.Boolean } when property.Name == "additionalProperties":
                    break; // additionalProperties:false is the draft-04 boolean form, enforced (feasibility.md 4).
                default:
                    Walk(property.Value, child, problems);
                    break;
            }
        }
    }
}
