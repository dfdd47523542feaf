using System.Globalization;
using System.Text;

namespace MockServer.Tests.Robustness.Fuzz;

/// <summary>One generated request, printable so a failure can be replayed by hand.</summary>
internal sealed record FuzzCase(int Index, string Kind, HttpMethod Method, string Path, byte[]? Body, FuzzCredentials Credentials,
    bool TargetsOtherAgent)
{
    public string Describe(Uri baseAddress, string owner)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"case {Index} ({Kind}): {Method} {Path} as {Credentials} of {owner}{(TargetsOtherAgent ? ", on the other agent's interaction" : "")}");
        if (Body is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"body ({Body.Length} bytes): {Printable(Body, 600)}");
        }

        var auth = Credentials switch
        {
            FuzzCredentials.Owner => $"-u {owner}:password ",
            FuzzCredentials.WrongPassword => $"-u {owner}:wrong ",
            _ => "",
        };
        var data = Body is null ? "" : $"--data-binary \"$(printf '{Escaped(Body)}')\" -H 'Content-Type: application/json' ";
        text.Append(CultureInfo.InvariantCulture, $"curl -i -X {Method} {auth}{data}'{new Uri(baseAddress, Path.TrimStart('/'))}'");
        return text.ToString();
    }

    private static string Printable(byte[] body, int max)
    {
        var shown = body.Length > max ? body[..max] : body;
        var text = new StringBuilder();
        foreach (var b in shown)
        {
            text.Append(b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"\\x{b:X2}");
        }

        return body.Length > max ? text + $"… (+{body.Length - max} bytes)" : text.ToString();
    }

    private static string Escaped(byte[] body)
    {
        var text = new StringBuilder();
        foreach (var b in body.Length > 4096 ? body[..4096] : body)
        {
            text.Append(b is >= 0x20 and < 0x7F and not (byte)'\'' and not (byte)'\\' and not (byte)'%' ? ((char)b).ToString() : $"\\{Convert.ToString(b, 8).PadLeft(3, '0')}");
        }

        return text.ToString();
    }
}
