using System.Text;
using System.Text.Json.Nodes;
using Conformance.MockServer.Input;
using FluentAssertions;

namespace MockServer.Tests.Robustness;

/// <summary>The input boundary on its own: what it lets through and which fault it names.</summary>
public sealed class StrictJsonTests
{
    [TestCase("{\"a\":\"\\ud83d\\ude00\"}")]
    [TestCase("{\"a\":\"😀 é ß\"}")]
    [TestCase("{\"a\":{\"k\":1},\"b\":{\"k\":2}}")]
    [TestCase("{\"k\":1,\"K\":2}")]
    [TestCase("{\"a\":[{\"k\":1},{\"k\":2}]}")]
    [TestCase("{\"a\":\"\\u0000\"}")]
    public void Accepts_what_can_be_stored_and_sent_back(string json)
    {
        var (body, rejection) = StrictJson.ParseObject(Encoding.UTF8.GetBytes(json));

        rejection.Should().BeNull();
        StrictJson.Parse(Encoding.UTF8.GetBytes(body!.ToJsonString())).Rejection.Should().BeNull("what was accepted is accepted again once written");
    }

    [TestCase("{\"k\":1,\"k\":2}", InputFault.DuplicateKey)]
    [TestCase("{\"a\":{\"b\":[{\"k\":1,\"k\":{}}]}}", InputFault.DuplicateKey)]
    [TestCase("{\"\\u006b\":1,\"k\":2}", InputFault.DuplicateKey)]
    [TestCase("{\"a\":\"\\ud800\"}", InputFault.LoneSurrogate)]
    [TestCase("{\"a\":\"\\udfff\\ud800\"}", InputFault.LoneSurrogate)]
    [TestCase("{\"\\ud800x\":1}", InputFault.LoneSurrogate)]
    [TestCase("{\"a\":", InputFault.Malformed)]
    [TestCase("", InputFault.Malformed)]
    [TestCase("{} {}", InputFault.Malformed)]
    [TestCase("[1]", InputFault.WrongShape)]
    [TestCase("null", InputFault.WrongShape)]
    public void Names_the_fault(string json, InputFault fault)
    {
        StrictJson.ParseObject(Encoding.UTF8.GetBytes(json)).Rejection!.Fault.Should().Be(fault);
    }

    [Test]
    public void Bytes_that_are_not_UTF8_are_InvalidUtf8()
    {
        foreach (var bad in new byte[][] { [0xFF], [0xED, 0xA0, 0x80], [0xC3], [0xC0, 0xAF] })
        {
            byte[] body = [.. "{\"a\":\""u8.ToArray(), .. bad, .. "\"}"u8.ToArray()];
            StrictJson.Parse(body).Rejection!.Fault.Should().Be(InputFault.InvalidUtf8);
        }
    }

    [Test]
    public void Depth_is_bounded_at_the_limit()
    {
        string Nested(int depth) => new string('[', depth) + new string(']', depth);

        StrictJson.Parse(Encoding.UTF8.GetBytes(Nested(StrictJson.DefaultMaxDepth))).Rejection.Should().BeNull();
        StrictJson.Parse(Encoding.UTF8.GetBytes(Nested(StrictJson.DefaultMaxDepth + 1))).Rejection!.Fault.Should().Be(InputFault.TooDeep);
        StrictJson.Parse(Encoding.UTF8.GetBytes(Nested(100_000))).Rejection!.Fault.Should().Be(InputFault.TooDeep);
    }

    [Test]
    public void A_lone_surrogate_built_inside_the_mock_is_written_as_a_replacement_character()
    {
        // The other half of "nothing sent is refused": System.Text.Json's writer never emits one.
        var written = Encoding.UTF8.GetBytes(new JsonObject { ["a"] = "x\ud800" }.ToJsonString());

        StrictJson.Parse(written).Rejection.Should().BeNull();
    }
}
