using System.Text;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.Harness.Http;
using Conformance.MockServer.Hosting;
using NUnit.Framework;

namespace Conformance.Harness.SelfChecks;

/// <summary>
/// The HTTP evidence attached to every scenario never carries credentials: not the Basic
/// credentials, not the session cookie, not the CSRF token, not a password field.
/// </summary>
[TestFixture]
[Category("self-check")]
public sealed class EvidenceChecks
{
    [Test]
    public async Task Recorded_exchanges_keep_no_credentials()
    {
        await using var mock = await MockGwsServer.StartAsync(new MockServerOptions { EnableCsrfProtection = true });
        var recorded = new List<HttpExchange>();
        using var session = new GwsHttpSession("Alice", mock.BaseAddress, "agent01", "password", csrf: true, TimeSpan.FromSeconds(30), recorded.Add);
        await session.GetAsync($"{ApiPaths.Me}?{Parameters.Subresources}={Parameters.AllFields}");
        var start = await session.PostAsync(ApiPaths.Me, new JsonObject
        {
            [Parameters.OperationName] = Operations.StartContactCenterSession,
            [Parameters.Channels] = new JsonArray(MediaChannels.Chat),
        });

        // Without the token the same write is refused, so the success above is the token's doing ("CSRF Protection").
        using var withoutToken = new GwsHttpSession("Bob", mock.BaseAddress, "agent02", "password", csrf: false, TimeSpan.FromSeconds(30), _ => { });
        await withoutToken.GetAsync(ApiPaths.Me);
        var refused = await withoutToken.PostAsync(ApiPaths.Me, new JsonObject { [Parameters.OperationName] = Operations.Ready });

        var text = string.Join("\n", recorded.Select(e => e.Describe()));
        var secrets = new List<string> { Convert.ToBase64String(Encoding.UTF8.GetBytes("agent01:password")) };
        secrets.AddRange(session.Cookies.GetAllCookies().Select(c => c.Value));
        if (session.CsrfHeader is { } csrf)
        {
            secrets.Add(csrf.Value);
        }

        Assert.Multiple(() =>
        {
            Assert.That(start.StatusCode, Is.EqualTo(GwsStatusCodes.Ok), "the CSRF token was sent on the write: " + start.Summary);
            Assert.That(session.CsrfHeader, Is.Not.Null, "the mock with CSRF on hands out a token");
            Assert.That(refused.HttpStatus, Is.EqualTo(403), "a write without the token: " + refused.Summary);
            Assert.That(text, Does.Contain("Authorization: Basic " + HttpExchange.Redacted));
            foreach (var secret in secrets.Where(s => s.Length >= 8))
            {
                Assert.That(text, Does.Not.Contain(secret));
            }
        });
    }

    [TestCase("""{"user":{"password":"s3cret","id":"1"}}""", """{"user":{"password":"[REDACTED]","id":"1"}}""")]
    [TestCase("""{"password":""}""", """{"password":""}""")]
    public void Password_fields_are_masked(string body, string expected) => Assert.That(BodyRedaction.Redact(body), Is.EqualTo(expected));
}
