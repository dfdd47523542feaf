namespace Conformance.Gherkin.Discovery;

/// <summary>Every *.feature file under a folder, parsed at NUnit discovery time, ordered by path.</summary>
internal sealed class FeatureCatalog(string root, IReadOnlyList<FeatureFile> features)
{
    /// <summary>The absolute folder searched.</summary>
    public string Root { get; } = root;

    public IReadOnlyList<FeatureFile> Features { get; } = features;

    /// <summary>
    /// Loads <paramref name="featuresFolder"/>, absolute or relative to the test assembly's folder.
    /// A missing folder is a broken feature (one failing test), never an empty run.
    /// </summary>
    public static FeatureCatalog Load(string featuresFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(featuresFolder);
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, featuresFolder));
        var displayBase = Path.GetDirectoryName(root) ?? root;
        string Display(string path) => Path.GetRelativePath(displayBase, path).Replace(Path.DirectorySeparatorChar, '/');
        if (!Directory.Exists(root))
        {
            return new FeatureCatalog(root, [FeatureFile.Broken(Display(root), 0, $"the features folder {root} does not exist (is Features/** copied to the output folder?)")]);
        }

        var parser = new FeatureParser();
        var features = Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Display(path)))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => parser.Parse(f.Relative, File.ReadAllBytes(f.Path)))
            .ToList();
        return new FeatureCatalog(root, features);
    }
}
