using System.Net.Http.Headers;
using System.Text;

namespace MockServer.Tests.Robustness;

/// <summary>Requests with arbitrary bytes, methods and headers: what a hostile client sends.</summary>
internal static class RawHttp
{
    public static string Basic(string userName, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}"));

    public static async Task<RawReply> SendAsync(HttpClient http, HttpMethod method, string path, byte[]? body,
        string? authorization = null, string? cookie = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (cookie is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookie);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new RawReply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, bytes);
    }

    /// <summary>A client without a cookie jar: every cookie is sent by hand.</summary>
    public static HttpClient Client(Uri baseAddress) =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
}
