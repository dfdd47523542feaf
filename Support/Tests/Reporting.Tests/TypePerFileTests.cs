using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Reporting.Tests;

/// <summary>
/// The tree's convention "a file, one type" (StepDefinitions/README.md, Conventions): every C# file
/// in the repository declares at most one top-level type (class, record, struct, interface, enum,
/// delegate; nested types are fine), and is named after it (Foo.cs, or Foo.Part.cs for a part of a
/// partial type). Build output, node_modules and run output are not the tree's code.
/// </summary>
public class TypePerFileTests
{
    private static readonly HashSet<string> NotSource = new(StringComparer.Ordinal) { "bin", "obj", "node_modules", ".git", "Reports", "TestResults" };

    [Test]
    public void Every_file_declares_at_most_one_top_level_type_named_like_the_file()
    {
        var root = RepositoryRoot.Find();
        var problems = SourceFiles(root).SelectMany(file => ProblemsOfFile(root, file)).ToList();
        Assert.That(problems, Is.Empty, $"A file holds one top-level type and is named after it; {problems.Count} files do not:\n{string.Join("\n", problems)}");
    }

    [Test]
    public void A_file_with_two_top_level_types_is_reported()
    {
        var source = "namespace N;\n\npublic sealed record A(int X);\n\npublic enum B { One }\n";
        Problems("A.cs", source).Should().ContainSingle().Which.Should().Contain("2 top-level types (A, B)");
    }

    [Test]
    public void A_file_named_after_another_type_is_reported()
    {
        Problems("Wrong.cs", "namespace N { public interface IRight { } }").Should().ContainSingle().Which.Should().Contain("named after IRight");
    }

    [Test]
    public void Nested_types_and_parts_of_a_partial_type_are_fine()
    {
        Problems("Outer.cs", "namespace N;\npublic sealed class Outer { private enum Inner { A } private sealed record Row(int X); }").Should().BeEmpty();
        Problems("Outer.Session.cs", "namespace N;\npublic sealed partial class Outer;").Should().BeEmpty();
        Problems("Program.cs", "System.Console.WriteLine(1);").Should().BeEmpty();
    }

    public static IEnumerable<string> Problems(string path, string source)
    {
        var unit = CSharpSyntaxTree.ParseText(source, path: path).GetCompilationUnitRoot();
        var types = TopLevelTypes(unit.Members).ToList();
        if (types.Count > 1)
        {
            yield return $"{path}: {types.Count} top-level types ({string.Join(", ", types)}); give each its own file";
        }
        else if (types.Count == 1)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name != types[0] && !name.StartsWith(types[0] + ".", StringComparison.Ordinal))
            {
                yield return $"{path}: the file is not named after {types[0]}";
            }
        }
    }

    private static IEnumerable<string> ProblemsOfFile(string root, string file) =>
        Problems(Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllText(file));

    private static IEnumerable<string> TopLevelTypes(IEnumerable<MemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    foreach (var type in TopLevelTypes(ns.Members))
                    {
                        yield return type;
                    }

                    break;
                case BaseTypeDeclarationSyntax type:
                    yield return type.Identifier.Text;
                    break;
                case DelegateDeclarationSyntax type:
                    yield return type.Identifier.Text;
                    break;
            }
        }
    }

    private static IEnumerable<string> SourceFiles(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*.cs").Order(StringComparer.Ordinal))
        {
            yield return file;
        }

        foreach (var sub in Directory.EnumerateDirectories(directory).Where(d => !NotSource.Contains(Path.GetFileName(d))).Order(StringComparer.Ordinal))
        {
            foreach (var file in SourceFiles(sub))
            {
                yield return file;
            }
        }
    }
}
