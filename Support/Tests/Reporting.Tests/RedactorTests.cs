using Conformance.Reporting.Evidence;

namespace Reporting.Tests;

/// <summary>Credentials never reach a report, whatever shape they arrive in.</summary>
public class RedactorTests
{
    [TestCase("Authorization: Basic a3NpcHBvOnNlY3JldA==", "Authorization: Basic [REDACTED]")]
    [TestCase("authorization: Bearer eyJhbGciOi.abc.def", "authorization: Bearer [REDACTED]")]
    [TestCase("Proxy-Authorization: Basic Zm9vOmJhcg==", "Proxy-Authorization: Basic [REDACTED]")]
    [TestCase("Cookie: JSESSIONID=abc123; BAYEUX_BROWSER=x", "Cookie: [REDACTED]")]
    [TestCase("X-CSRF-TOKEN: 4a92be65-ec55-4aa2-b9df-9518fd870f2f", "X-CSRF-TOKEN: [REDACTED]")]
    [TestCase("{\"userName\":\"ksippo\",\"password\":\"pa\\\"ss\"}", "{\"userName\":\"ksippo\",\"password\":\"[REDACTED]\"}")]
    [TestCase("{\"access_token\": \"t0k3n\"}", "{\"access_token\": \"[REDACTED]\"}")]
    [TestCase("GET /cometd?token=abc&x=1", "GET /cometd?token=[REDACTED]&x=1")]
    [TestCase("username=ksippo&password=hunter2", "username=ksippo&password=[REDACTED]")]
    [TestCase("http://ksippo:hunter2@127.0.0.1:8080/api/v2/me", "http://[REDACTED]@127.0.0.1:8080/api/v2/me")]
    public void Credentials_are_masked(string input, string expected) => Redactor.Redact(input).Should().Be(expected);

    [TestCase("Authorization failed for agent ksippo")]
    [TestCase("{\"statusCode\":0,\"chatId\":\"0001\"}")]
    [TestCase("POST /api/v2/me/chats/1 HTTP/1.1")]
    public void Ordinary_text_is_untouched(string input) => Redactor.Redact(input).Should().Be(input);

    [Test]
    public void A_whole_http_exchange_keeps_everything_but_the_secrets()
    {
        var redacted = Redactor.Redact(SampleRun.HttpExchange(200).Content);
        redacted.Should().NotContain(SampleRun.Password).And.NotContain(SampleRun.BasicCredentials);
        redacted.Should().Contain("POST /api/v2/me/chats/1").And.Contain("\"operationName\":\"Invite\"").And.Contain("HTTP/1.1 200");
    }
}
