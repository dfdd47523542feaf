namespace Conformance.Gherkin.TestFramework;

/// <summary>
/// How a Gherkin tag becomes an NUnit category: the tag without its @, so a run can be filtered by tag. Filter with
/// <c>dotnet test --filter Category=op-Invite</c>. Letters, digits and - _ . : survive the VSTest
/// filter (measured with NUnit3TestAdapter 6.3.1); a tag with = ! ~ &amp; | ( ) , or \ is reported
/// as a failing test by the loader (README "The tag vocabulary").
/// </summary>
public static class TagCategories
{
    public static string ToCategory(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return tag.TrimStart('@');
    }
}
