using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;

namespace Conformance.Harness.Http;

/// <summary>
/// One agent's HTTP session with GWS (gws-api.md 1.1): Basic auth on every request, the JSESSIONID
/// cookie kept (and shared with the agent's Bayeux client), and the CSRF token, learnt from any GET,
/// sent on writes when the profile turns CSRF on. Every exchange is handed to the record callback.
/// </summary>
public sealed class GwsHttpSession : IDisposable
{
    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Cookie", "Set-Cookie", HttpNames.CsrfTokenHeader,
    };

    private readonly HttpClient _client;
    private readonly bool _csrf;
    private readonly Action<HttpExchange> _record;
    private string? _csrfHeaderName;
    private string? _csrfToken;

    public GwsHttpSession(string agent, Uri baseUrl, string userName, string password, bool csrf, TimeSpan timeout, Action<HttpExchange> record)
    {
        Agent = agent;
        BaseUrl = baseUrl;
        _csrf = csrf;
        _record = record;
        Cookies = new CookieContainer();
        _client = new HttpClient(new SocketsHttpHandler { CookieContainer = Cookies, UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = baseUrl,
            Timeout = timeout,
        };
        Authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}"));
        _client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(Authorization);
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    /// <summary>The scenario role this session acts for ("Alice").</summary>
    public string Agent { get; }

    public Uri BaseUrl { get; }

    /// <summary>Shared with the Bayeux client, so both ride the same GWS session (gws-api.md 1.1, 2).</summary>
    public CookieContainer Cookies { get; }

    /// <summary>The Authorization header value, for the Bayeux client's headers (gws-api.md 2: same Basic header).</summary>
    public string Authorization { get; }

    /// <summary>The CSRF header the Bayeux client must send too, once learnt (gws-api.md 1.1, iOS sample).</summary>
    public KeyValuePair<string, string>? CsrfHeader =>
        _csrf && _csrfHeaderName is not null && _csrfToken is not null ? new(_csrfHeaderName, _csrfToken) : null;

    public Task<HttpExchange> GetAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    public Task<HttpExchange> PostAsync(string path, JsonObject body, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, path, body.ToJsonString(), cancellationToken);

    private async Task<HttpExchange> SendAsync(HttpMethod method, string path, string? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (method != HttpMethod.Get && CsrfHeader is { } csrf)
        {
            request.Headers.TryAddWithoutValidation(csrf.Key, csrf.Value);
        }

        var start = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        using var response = await _client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        LearnCsrfToken(response);
        var exchange = new HttpExchange(
            Agent,
            method.Method,
            path,
            [.. Headers(request.Headers.Concat(_client.DefaultRequestHeaders).Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()))],
            body is null ? null : BodyRedaction.Redact(body),
            (int)response.StatusCode,
            [.. Headers(response.Headers.Concat(response.Content.Headers))],
            BodyRedaction.Redact(text),
            start,
            clock.Elapsed);
        _record(exchange);
        return exchange;
    }

    /// <summary>Any GET answers X-CSRF-HEADER (the header name) and X-CSRF-TOKEN (the value) (gws-api.md 1.1).</summary>
    private void LearnCsrfToken(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues(HttpNames.CsrfTokenHeader, out var tokens))
        {
            _csrfToken = tokens.FirstOrDefault() ?? _csrfToken;
            _csrfHeaderName = response.Headers.TryGetValues(HttpNames.CsrfHeaderNameHeader, out var names)
                ? names.FirstOrDefault() ?? HttpNames.CsrfTokenHeader
                : HttpNames.CsrfTokenHeader;
        }
    }

    private IEnumerable<string> Headers(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        foreach (var (name, values) in headers.DistinctBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            var secret = SecretHeaders.Contains(name) || string.Equals(name, _csrfHeaderName, StringComparison.OrdinalIgnoreCase);
            var value = string.Join(", ", values);
            yield return secret
                ? $"{name}: {(name == "Authorization" ? value.Split(' ')[0] + " " : "")}{HttpExchange.Redacted}"
                : $"{name}: {value}";
        }
    }

    public void Dispose() => _client.Dispose();
}
