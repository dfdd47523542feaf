using System.Text;

namespace MockServer.Tests.Robustness;

/// <summary>
/// One hostile body per class the input boundary refuses, as raw bytes (some are not UTF-8, so they
/// cannot travel as C# strings). <c>{0}</c> in a template is replaced by a valid JSON member list.
/// </summary>
internal static class HostileBodies
{
    public static IEnumerable<(string Name, Func<string, byte[]> Make)> All()
    {
        yield return ("repeated key", members => Utf8($"{{{members},\"operationName\":\"Ready\",\"operationName\":\"Ready\"}}"));
        yield return ("repeated key one level down", members => Utf8($"{{{members},\"userData\":{{\"k\":1,\"k\":2}}}}"));
        yield return ("repeated key three levels down", members => Utf8($"{{{members},\"userData\":{{\"a\":[{{\"b\":{{\"k\":1,\"k\":2}}}}]}}}}"));
        yield return ("escaped lone high surrogate", members => Utf8($"{{{members},\"x\":\"\\ud800\"}}"));
        yield return ("escaped lone low surrogate in a key", members => Utf8($"{{{members},\"\\udc00\":\"x\"}}"));
        yield return ("escaped reversed pair", members => Utf8($"{{{members},\"x\":\"\\ude00\\ud83d\"}}"));
        yield return ("invalid UTF-8 in a string", members => Concat($"{{{members},\"x\":\"", [0xFF, 0xFE], "\"}"));
        yield return ("raw surrogate code point (CESU-8)", members => Concat($"{{{members},\"x\":\"", [0xED, 0xA0, 0x80], "\"}"));
        yield return ("truncated UTF-8 sequence", members => Concat($"{{{members},\"x\":\"", [0xC3], "\"}"));
        yield return ("nested 40 deep", members => Utf8($"{{{members},\"x\":{new string('[', 40)}{new string(']', 40)}}}"));
        yield return ("nested 5000 deep", members => Utf8($"{{{members},\"x\":{new string('[', 5000)}{new string(']', 5000)}}}"));
    }

    /// <summary>The class names, for test-case sources.</summary>
    public static IEnumerable<string> Names() => All().Select(b => b.Name);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Concat(string head, byte[] middle, string tail) => [.. Utf8(head), .. middle, .. Utf8(tail)];
}
