using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using FluentAssertions;

namespace Bayeux.Tests.Unit;

/// <summary>
/// The one reader of message fields, shared by the client and the mock's server: integer fields
/// (advice timeout, interval, maxInterval; ack batch numbers) read whole numbers only.
/// </summary>
public class JsonReadTests
{
    private static JsonObject Message(string json) => JsonNode.Parse(json)!.AsObject();

    [TestCase("{\"timeout\":5}", 5L)]
    [TestCase("{\"timeout\":0}", 0L)]
    [TestCase("{\"timeout\":-1}", -1L)]
    [TestCase("{\"timeout\":5.0}", 5L)]
    [TestCase("{\"timeout\":5e3}", 5000L)]
    [TestCase("{\"timeout\":9223372036854775807}", long.MaxValue)]
    public void A_whole_number_reads_as_that_integer(string json, long expected)
    {
        var message = Message(json);
        JsonRead.Long(message, "timeout").Should().Be(expected);
        JsonRead.IsNotInteger(message, "timeout").Should().BeFalse();
    }

    [TestCase("{\"timeout\":1.5}")]
    [TestCase("{\"timeout\":-0.5}")]
    [TestCase("{\"timeout\":1e30}")]
    [TestCase("{\"timeout\":\"5\"}")]
    [TestCase("{\"timeout\":true}")]
    [TestCase("{\"timeout\":{}}")]
    [TestCase("{\"timeout\":[5]}")]
    public void Anything_else_reads_as_absent_and_is_told_apart_from_a_missing_field(string json)
    {
        var message = Message(json);
        JsonRead.Long(message, "timeout").Should().BeNull("a fraction is neither truncated nor rounded");
        JsonRead.IsNotInteger(message, "timeout").Should().BeTrue();
    }

    [TestCase("{}")]
    [TestCase("{\"timeout\":null}")]
    public void A_missing_or_null_field_is_absent_not_malformed(string json)
    {
        var message = Message(json);
        JsonRead.Long(message, "timeout").Should().BeNull();
        JsonRead.IsNotInteger(message, "timeout").Should().BeFalse();
    }

    [Test]
    public void Numbers_built_in_code_read_like_parsed_ones()
    {
        var message = new JsonObject { ["whole"] = 2.0, ["fraction"] = 2.5, ["int"] = 7, ["long"] = 8L };
        JsonRead.Long(message, "whole").Should().Be(2);
        JsonRead.Long(message, "int").Should().Be(7);
        JsonRead.Long(message, "long").Should().Be(8);
        JsonRead.Long(message, "fraction").Should().BeNull();
    }

    [Test]
    public void Strings_and_booleans_read_only_their_own_type()
    {
        var message = Message("{\"s\":\"x\",\"b\":true,\"n\":1}");
        JsonRead.String(message, "s").Should().Be("x");
        JsonRead.String(message, "n").Should().BeNull();
        JsonRead.Bool(message, "b").Should().BeTrue();
        JsonRead.Bool(message, "s").Should().BeNull();
        JsonRead.String(null, "s").Should().BeNull();
    }
}
