using System.Globalization;

namespace MockBench;

/// <summary>CPU time and resident memory of a process, from /proc (Linux).</summary>
internal static class ProcStat
{
    /// <summary>Clock ticks per second of /proc/&lt;pid&gt;/stat (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>utime + stime of the process, in ms ("self" for this process).</summary>
    public static double CpuMs(string pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var utime = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var stime = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return (utime + stime) * 1000 / TicksPerSecond;
    }

    /// <summary>VmRSS (now) or VmHWM (peak) in MB.</summary>
    public static double MemoryMb(string pid, string field = "VmRSS")
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                var kb = double.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kb / 1024;
            }
        }
        throw new InvalidOperationException($"/proc/{pid}/status has no {field}");
    }

    /// <summary>The 1-minute load average.</summary>
    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
