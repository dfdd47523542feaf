using Conformance.Harness.Http;

namespace Conformance.Harness.Contexts;

/// <summary>The scenario's most recent request: what "the request" and "the attempt" Then steps judge.</summary>
public sealed class LastRequest
{
    public HttpExchange? Exchange { get; set; }

    public string? Role { get; set; }

    /// <summary>What was asked, for failure messages ("Alice Accept on chat 0000...").</summary>
    public string Description { get; set; } = "";

    public HttpExchange Require() =>
        Exchange ?? throw new InvalidOperationException("No request has been made in this scenario yet; a When step must come first.");
}
