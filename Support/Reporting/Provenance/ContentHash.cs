using System.Security.Cryptography;
using System.Text;

namespace Conformance.Reporting.Provenance;

/// <summary>
/// A SHA-256 over the suite's specification folders (Features/, Schemas/), so a certification
/// report names exactly which scenarios and schemas judged the target. For each file,
/// in ordinal order of "&lt;root folder name&gt;/&lt;relative path with '/'&gt;", the hash takes the
/// UTF-8 path, a NUL byte, the file's bytes and a NUL byte. Line endings are hashed as stored.
/// </summary>
public static class ContentHash
{
    public const string Algorithm = "sha256";

    public static string Of(IEnumerable<string> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var files = new List<(string Name, string Path)>();
        foreach (var root in roots.Where(Directory.Exists))
        {
            var full = Path.GetFullPath(root);
            var label = new DirectoryInfo(full).Name;
            files.AddRange(Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                .Select(f => ($"{label}/{Path.GetRelativePath(full, f).Replace('\\', '/')}", f)));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, path) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData([0]);
            hash.AppendData(File.ReadAllBytes(path));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
