using System.Globalization;

namespace Conformance.Bayeux;

/// <summary>Durations as people read them in failure messages: "10 s", "1.5 s", "250 ms".</summary>
internal static class Durations
{
    public static string Format(TimeSpan value) =>
        value >= TimeSpan.FromSeconds(1)
            ? value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s"
            : value.TotalMilliseconds.ToString("0.#", CultureInfo.InvariantCulture) + " ms";

    public static int Milliseconds(TimeSpan value) => (int)Math.Clamp(value.TotalMilliseconds, 0, int.MaxValue);
}
