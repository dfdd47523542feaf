using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;

namespace MockServer.Tests.Support;

/// <summary>One agent's HTTP client: Basic credentials and a cookie jar (JSESSIONID), like a GWS client.</summary>
internal sealed class AgentClient : IDisposable
{
    private readonly HttpClient _http;

    public AgentClient(Uri baseAddress, string userName, string userId, string password, bool sendCredentials = true)
    {
        UserName = userName;
        UserId = userId;
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, UseCookies = true })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (sendCredentials)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")));
        }
    }

    public string UserName { get; }
    public string UserId { get; }
    public CookieContainer Cookies { get; }
    public HttpRequestHeaders Headers => _http.DefaultRequestHeaders;

    public async Task<Reply> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path.TrimStart('/'));
        return await Reply.ReadAsync(response);
    }

    public Task<Reply> PostAsync(string path, JsonObject body) => PostRawAsync(path, body.ToJsonString());

    public async Task<Reply> PostRawAsync(string path, string body, string contentType = "application/json")
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);
        using var response = await _http.PostAsync(path.TrimStart('/'), content);
        return await Reply.ReadAsync(response);
    }

    /// <summary>POST {operationName, ...parameters} to /api/v2/me/{media}/{id}.</summary>
    public Task<Reply> OperateAsync(MediaKind media, string id, string operation, JsonObject? parameters = null)
    {
        var body = new JsonObject { [Parameters.OperationName] = operation };
        foreach (var (name, value) in parameters ?? [])
        {
            body[name] = value?.DeepClone();
        }

        return PostAsync($"{media.MeCollectionPath}/{id}", body);
    }

    public Task<Reply> MeAsync(string operation, JsonObject? parameters = null)
    {
        var body = new JsonObject { [Parameters.OperationName] = operation };
        foreach (var (name, value) in parameters ?? [])
        {
            body[name] = value?.DeepClone();
        }

        return PostAsync(ApiPaths.Me, body);
    }

    public void Dispose() => _http.Dispose();
}
