using System.Security.Cryptography;
using System.Text;

namespace Conformance.Gherkin.Loading;

/// <summary>
/// Every feature under a folder, loaded without running anything (issue #2: discovery from
/// Features/**/*.feature; also the input of the binding check and of a hash of Features/).
/// </summary>
public sealed class FeatureCatalog
{
    private FeatureCatalog(string root, IReadOnlyList<LoadedFeature> features, string contentHash)
    {
        Root = root;
        Features = features;
        ContentHash = contentHash;
    }

    /// <summary>The absolute folder that was searched.</summary>
    public string Root { get; }

    /// <summary>One entry per *.feature file, ordered by relative path (ordinal).</summary>
    public IReadOnlyList<LoadedFeature> Features { get; }

    /// <summary>Every scenario and problem entry of every feature.</summary>
    public IEnumerable<LoadedScenario> Scenarios => Features.SelectMany(f => f.Scenarios);

    /// <summary>Every problem that will show as a failing test.</summary>
    public IEnumerable<LoadProblem> Problems => Scenarios.Select(s => s.Problem).OfType<LoadProblem>();

    /// <summary>Lower-case hex SHA-256 over each file's relative path and bytes, in path order.</summary>
    public string ContentHash { get; }

    /// <summary>
    /// Loads <paramref name="featuresRoot"/> (absolute, or relative to the test assembly's folder,
    /// <see cref="AppContext.BaseDirectory"/>). A missing folder is a load problem, not an exception,
    /// so a wrong path shows as a failing test instead of an empty run.
    /// </summary>
    public static FeatureCatalog Load(string featuresRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(featuresRoot);
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, featuresRoot));
        var displayBase = Path.GetDirectoryName(root) ?? root;
        var parser = new FeatureFileParser();
        var features = new List<LoadedFeature>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        if (!Directory.Exists(root))
        {
            features.Add(FeatureFileParser.ProblemFeature(
                root,
                ToDisplayPath(displayBase, root),
                0,
                $"the features folder {root} does not exist (is Features/** copied to the output folder?)"));
            return new FeatureCatalog(root, features, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }

        var files = Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: ToDisplayPath(displayBase, path)))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (path, relative) in files)
        {
            var bytes = File.ReadAllBytes(path);
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\0"));
            hash.AppendData(bytes);
            features.Add(parser.Parse(path, relative, bytes));
        }

        return new FeatureCatalog(root, features, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static string ToDisplayPath(string displayBase, string path) =>
        Path.GetRelativePath(displayBase, path).Replace(Path.DirectorySeparatorChar, '/');
}
