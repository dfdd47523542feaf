using System.Net;
using System.Text.RegularExpressions;
using Conformance.Reporting.ConformanceReport;

namespace Reporting.Tests;

/// <summary>conformance.html is self-contained: it opens offline and makes no external request.</summary>
public partial class HtmlReportTests
{
    private static string Html()
    {
        using var folder = new TestFolder();
        var expectations = folder.Write("mock.expectations.json", SampleRun.ExpectationsJson());
        Replay.Sample(folder, folder.Options(expectations));
        return File.ReadAllText(Path.Combine(folder.Reports, "conformance.html"));
    }

    [Test]
    public void It_loads_nothing_from_anywhere()
    {
        var html = Html();
        html.Should().NotContainAny(["<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url("]);
        SourceAttribute().IsMatch(html).Should().BeFalse("no element may load a source");
        html.Should().Contain($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ConformanceHtmlWriter.ContentSecurityPolicy}\">");
        ConformanceHtmlWriter.ContentSecurityPolicy.Should().StartWith("default-src 'none'");
    }

    [Test]
    public void Every_web_address_is_a_link_or_text_never_a_resource()
    {
        var html = Html();
        var withoutLinks = AnchorHref().Replace(html, "<a>");
        foreach (Match url in WebAddress().Matches(withoutLinks))
        {
            var before = withoutLinks[..url.Index];
            var lastTag = before.LastIndexOf('<');
            var lastClose = before.LastIndexOf('>');
            lastClose.Should().BeGreaterThan(lastTag, $"{url.Value} must be text, not inside a tag");
        }
    }

    [Test]
    public void It_shows_every_scenario_its_grade_and_the_evidence_redacted()
    {
        var html = Html();
        foreach (var scenario in SampleRun.Build().Scenarios)
        {
            html.Should().Contain(WebUtility.HtmlEncode(scenario.Scenario.Name));
        }

        html.Should().Contain("class=\"grade non-conformant\"").And.Contain("class=\"grade excluded\"").And.Contain("class=\"grade harness-error\"");
        html.Should().Contain("Second accept answered statusCode 0");
        html.Should().Contain("Authorization: Basic [REDACTED]").And.NotContain(SampleRun.BasicCredentials).And.NotContain(SampleRun.Password);
    }

    [GeneratedRegex(@"\s(?:src|srcset|poster|data|action|formaction)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex SourceAttribute();

    [GeneratedRegex(@"<a href=""[^""]*"" rel=""noreferrer"">")]
    private static partial Regex AnchorHref();

    [GeneratedRegex(@"https?://", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();
}
