using System.Globalization;

namespace MockBench;

/// <summary>--name value pairs; comma lists.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected --name value, got '{args[i]}' (see benchmarks/README.md)");
            }
            values[args[i][2..]] = args[++i];
        }
        return new Options(values);
    }

    public string Get(string name, string fallback) => values.TryGetValue(name, out var v) ? v : fallback;

    public int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    public double Double(string name, double fallback) => double.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    public int[] Ints(string name, string fallback) => [.. Get(name, fallback).Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))];

    public string[] List(string name, string fallback) => Get(name, fallback).Split(',');
}
