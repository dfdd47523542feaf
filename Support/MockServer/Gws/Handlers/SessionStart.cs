using System.Text.Json.Nodes;
using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws.Handlers;

/// <summary>
/// The answer of a StartContactCenterSession that logged in only some of the requested channels.
/// StartContactCenterSession documents statusCode 7 (partial success) with a statusCode and
/// statusMessage per channel; the page names no field for them, so the mock lists them under
/// <c>channels</c>, one entry per requested channel, in request order.
/// </summary>
internal static class SessionStart
{
    public static ApiResult PartialSuccess(IReadOnlyList<string> requested, IReadOnlySet<string> known)
    {
        var results = new JsonArray();
        foreach (var channel in requested)
        {
            var result = new JsonObject { [ChannelResultFields.Channel] = channel };
            if (known.Contains(channel))
            {
                result[ChannelResultFields.StatusCode] = GwsStatusCodes.Ok;
            }
            else
            {
                result[ChannelResultFields.StatusCode] = GwsStatusCodes.InputValidationError;
                result[ChannelResultFields.StatusMessage] = $"Unknown channel '{channel}'";
            }

            results.Add(result);
        }

        return new ApiResult(GwsStatusCodes.PartialSuccess, ChannelResultFields.PartialSuccessMessage,
            new JsonObject { [ChannelResultFields.Channels] = results });
    }
}
