using Conformance.Harness.Http;
using NUnit.Framework;

namespace Conformance.Harness.Schemas;

/// <summary>Holds an HTTP answer to its schema in Schemas/http, failing with the violations by JSON Pointer.</summary>
public static class HttpBodyCheck
{
    public static async Task RequireAsync(SchemaCatalog schemas, HttpExchange exchange, string schema, string description)
    {
        var violations = exchange.Json is null
            ? ["(root): not a JSON object"]
            : (await schemas.ValidateHttpBodyAsync(schema, exchange.ResponseBody)).Select(v => v.ToString()).ToList();
        if (violations.Count > 0)
        {
            throw new AssertionException($"Expected the answer to {description} to match Schemas/http/{schema}.schema.json\n"
                + $"Actual: {exchange.Summary}\nViolations (JSON Pointer: rule):\n  " + string.Join("\n  ", violations));
        }
    }
}
