using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Flurl.Http;
using Flurl.Http.Content;

namespace Conformance.Harness.Http;

/// <summary>
/// One agent's HTTP session with GWS, on Flurl.Http: its own <see cref="FlurlClient"/> (never Flurl's shared
/// per-host default client) and its own <see cref="CookieJar"/>, so two agents never share a JSESSIONID;
/// Basic auth on every request; the CSRF token, learnt from any GET, sent on writes when the profile turns
/// CSRF on (CSRF Protection page). Every exchange is handed to the record callback with credentials redacted.
/// Failures without an answer surface as HttpClient's exceptions (HttpRequestException, TaskCanceledException
/// on timeout), so callers need not know Flurl.
/// </summary>
public sealed class GwsHttpSession : IDisposable
{
    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Cookie", "Set-Cookie", HttpNames.CsrfTokenHeader,
    };

    private readonly FlurlClient _client;
    private readonly CookieJar _jar = new();
    private readonly SessionCookieBridge _bridge;
    private readonly bool _csrf;
    private readonly TimeSpan _timeout;
    private readonly Action<HttpExchange> _record;
    private string? _csrfHeaderName;
    private string? _csrfToken;

    public GwsHttpSession(string agent, Uri baseUrl, string? userName, string? password, bool csrf, TimeSpan timeout, Action<HttpExchange> record)
    {
        Agent = agent;
        BaseUrl = baseUrl;
        _csrf = csrf;
        _timeout = timeout;
        _record = record;
        _client = new FlurlClient(baseUrl.ToString());
        if (userName is not null)
        {
            _client.WithBasicAuth(userName, password ?? "");
            Authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}"));
        }

        _client.WithHeader("Accept", "application/json")
            .WithTimeout(timeout)
            .AllowAnyHttpStatus();
        _client.Settings.Redirects.Enabled = false;
        _bridge = new SessionCookieBridge(_jar, Cookies, baseUrl);
    }

    /// <summary>The scenario role this session acts for ("Alice").</summary>
    public string Agent { get; }

    public Uri BaseUrl { get; }

    /// <summary>This session's cookies as the Bayeux client reads them: kept in step with the Flurl cookie jar, both ways.</summary>
    public CookieContainer Cookies { get; } = new();

    /// <summary>The Flurl cookie jar of this session (one per agent).</summary>
    public CookieJar CookieJar => _jar;

    /// <summary>
    /// The Authorization header value, for the Bayeux client's headers (the same Basic header on CometD);
    /// null for a session opened without credentials (the authentication scenarios' anonymous client).
    /// </summary>
    public string? Authorization { get; }

    /// <summary>The CSRF header the Bayeux client must send too, once learnt.</summary>
    public KeyValuePair<string, string>? CsrfHeader =>
        _csrf && _csrfHeaderName is not null && _csrfToken is not null ? new(_csrfHeaderName, _csrfToken) : null;

    public Task<HttpExchange> GetAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    /// <summary>A POST of any JSON: a GWS operation's object, or a Bayeux array (the anonymous handshake).</summary>
    public Task<HttpExchange> PostAsync(string path, JsonNode body, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, path, body.ToJsonString(), cancellationToken);

    /// <summary>A POST that leaves out the CSRF token this session learnt (the CSRF scenarios' refused write).</summary>
    public Task<HttpExchange> PostWithoutCsrfTokenAsync(string path, JsonObject body, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, path, body.ToJsonString(), cancellationToken, withCsrfToken: false);

    private async Task<HttpExchange> SendAsync(HttpMethod method, string path, string? body, CancellationToken cancellationToken, bool withCsrfToken = true)
    {
        _bridge.IntoJar();
        var request = _client.Request(path).WithCookies(_jar);
        if (method != HttpMethod.Get && withCsrfToken && CsrfHeader is { } csrf)
        {
            request.WithHeader(csrf.Key, csrf.Value);
        }

        using var content = body is null ? null : new CapturedJsonContent(body);
        var start = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        IFlurlResponse response;
        try
        {
            response = await request.SendAsync(method, content, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (FlurlHttpTimeoutException e)
        {
            throw new TaskCanceledException($"{method.Method} {path}: no answer within {_timeout.TotalSeconds:0.#} s", new TimeoutException(e.Message, e));
        }
        catch (FlurlHttpException e)
        {
            throw new HttpRequestException($"{method.Method} {path}: {e.InnerException?.Message ?? e.Message}", e);
        }

        using (response)
        {
            var text = await response.GetStringAsync();
            LearnCsrfToken(response);
            _bridge.FromJar();
            var sent = response.ResponseMessage.RequestMessage;
            var exchange = new HttpExchange(
                Agent,
                method.Method,
                path,
                [.. Headers((sent?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()).Concat(sent?.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()))],
                body is null ? null : BodyRedaction.Redact(body),
                response.StatusCode,
                [.. Headers(response.ResponseMessage.Headers.Concat(response.ResponseMessage.Content.Headers))],
                BodyRedaction.Redact(text),
                start,
                clock.Elapsed);
            _record(exchange);
            return exchange;
        }
    }

    /// <summary>Any GET answers X-CSRF-HEADER (the header name) and X-CSRF-TOKEN (the value).</summary>
    private void LearnCsrfToken(IFlurlResponse response)
    {
        if (response.ResponseMessage.Headers.TryGetValues(HttpNames.CsrfTokenHeader, out var tokens))
        {
            _csrfToken = tokens.FirstOrDefault() ?? _csrfToken;
            _csrfHeaderName = response.ResponseMessage.Headers.TryGetValues(HttpNames.CsrfHeaderNameHeader, out var names)
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
