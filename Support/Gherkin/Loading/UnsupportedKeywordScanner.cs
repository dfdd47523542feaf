namespace Conformance.Gherkin.Loading;

/// <summary>
/// Finds the keywords newer Gherkin has and 5.0.0 lacks. 5.0.0 does not reject them: it reads
/// "Rule:" and "Example:" lines as description text, so everything under them vanishes
/// (feasibility.md 3). Doc strings and comments are skipped.
/// </summary>
internal static class UnsupportedKeywordScanner
{
    private static readonly string[] Keywords = ["Rule:", "Example:"];

    public static IEnumerable<(int Line, string Keyword)> Find(string text)
    {
        string? openDelimiter = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (openDelimiter is not null)
            {
                if (line.StartsWith(openDelimiter, StringComparison.Ordinal))
                {
                    openDelimiter = null;
                }

                continue;
            }

            if (line.StartsWith("\"\"\"", StringComparison.Ordinal) || line.StartsWith("```", StringComparison.Ordinal))
            {
                openDelimiter = line[..3];
                continue;
            }

            var keyword = Keywords.FirstOrDefault(k => line.StartsWith(k, StringComparison.Ordinal));
            if (keyword is not null)
            {
                yield return (lineNumber, keyword.TrimEnd(':'));
            }
        }
    }
}
