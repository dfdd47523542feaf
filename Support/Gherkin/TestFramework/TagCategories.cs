namespace Conformance.Gherkin.TestFramework;

/// <summary>
/// How a Gherkin tag becomes an NUnit category: the tag without its @ (issue #2). Filter with
/// <c>dotnet test --filter Category=op-Invite</c>. Letters, digits, '-', '_' and '.' survive the
/// VSTest filter parser; ':' and '=' do not (README "The tag vocabulary").
/// </summary>
public static class TagCategories
{
    public static string ToCategory(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return tag.TrimStart('@');
    }
}
