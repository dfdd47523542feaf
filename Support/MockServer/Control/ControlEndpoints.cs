using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Directory;
using Conformance.MockServer.Gws;
using Conformance.MockServer.Gws.Domain;
using Conformance.MockServer.Gws.Handlers;
using Conformance.MockServer.Gws.Notifications;
using Conformance.MockServer.Hosting;
using static Conformance.MockServer.Gws.Http.ApiHttp;

namespace Conformance.MockServer.Control;

/// <summary>
/// The test-control API: NOT part of GWS. It plays the customer, changes agents' states,
/// resets the server, waits for the notification queue to drain and switches deviations. Off with
/// <see cref="MockServerOptions.EnableControlApi"/> = false. Answers use the GWS envelope
/// (statusCode, statusMessage) so one client helper reads both.
/// </summary>
internal static class ControlEndpoints
{
    /// <summary>How long the barrier waits for the queue before it answers statusCode 9 (processing incomplete).</summary>
    private static readonly TimeSpan BarrierDeadline = TimeSpan.FromSeconds(15);

    public static void MapControlApi(this IEndpointRouteBuilder app, string prefix)
    {
        var control = app.MapGroup(prefix);

        // Forgets interactions and agent states; users keep their HTTP sessions, deviations stay as set.
        control.MapPost("/" + MockControlRoutes.Reset, (HttpContext c, GwsState state) =>
        {
            lock (state.Gate)
            {
                state.Reset();
            }

            return Write(c, ApiResult.Ok());
        });

        control.MapPost("/" + MockControlRoutes.Barrier, async (HttpContext c, NotificationQueue queue) =>
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(c.RequestAborted);
            deadline.CancelAfter(BarrierDeadline);
            try
            {
                await queue.WhenDrainedAsync(deadline.Token);
                await Write(c, ApiResult.Ok());
            }
            catch (OperationCanceledException) when (!c.RequestAborted.IsCancellationRequested)
            {
                await Write(c, ApiResult.Fail(GwsStatusCodes.ProcessingIncomplete, $"Notifications still queued after {BarrierDeadline.TotalSeconds} s"));
            }
        });

        control.MapGet("/" + MockControlRoutes.Deviations, (HttpContext c, DeviationSwitches deviations) => Write(c, ApiResult.Ok(DeviationsJson(deviations))));
        control.MapPut("/" + MockControlRoutes.Deviations, (HttpContext c, DeviationSwitches deviations) => Post(c, body =>
        {
            if (body[MockControlFields.Active] is not JsonArray active)
            {
                return ApiResult.Fail(GwsStatusCodes.ParameterMissing, $"{MockControlFields.Active} must be an array of deviation names");
            }

            var parsed = new List<Deviation>();
            foreach (var item in active)
            {
                if (item is not JsonValue value || !value.TryGetValue<string>(out var name) || !Enum.TryParse<Deviation>(name, out var deviation))
                {
                    return ApiResult.Fail(GwsStatusCodes.InputValidationError, $"Unknown deviation {item?.ToJsonString()}");
                }

                parsed.Add(deviation);
            }

            deviations.Set(parsed);
            return ApiResult.Ok(DeviationsJson(deviations));
        }));

        // The directory file as loaded, passwords included: the suite signs in with them.
        control.MapGet("/" + MockControlRoutes.Directory, (HttpContext c, UserDirectory directory) => Write(c, ApiResult.Ok(
            JsonSerializer.SerializeToNode(directory.File, JsonSerializerOptions.Web)!.AsObject())));

        control.MapPost("/" + MockControlRoutes.AgentState("{userName}"), (HttpContext c, string userName, UserDirectory directory, AgentStateOperations ops) =>
            Post(c, body =>
            {
                if (directory.FindByName(userName) is not { } user)
                {
                    return ApiResult.NotFound($"User {userName}");
                }

                var state = OptionalText(body, MockControlFields.State);
                if (state is not (UserStates.Ready or UserStates.NotReady))
                {
                    return ApiResult.Fail(GwsStatusCodes.InputValidationError, "state must be Ready or NotReady");
                }

                var channel = OptionalText(body, MockControlFields.Channel);
                if (body.ContainsKey(MockControlFields.Channel) && (channel is null || !AgentStateOperations.KnownChannels.Contains(channel)))
                {
                    return ApiResult.Fail(GwsStatusCodes.InputValidationError, $"channel must be one of {string.Join(", ", AgentStateOperations.KnownChannels)}");
                }

                ops.Force(user.Id, channel, state);
                return ApiResult.Ok();
            }));

        control.MapPost("/" + MockControlRoutes.Offers("{media}"), (HttpContext c, string media, CustomerOperations customer) =>
            WithMedia(c, media, kind => Post(c, body => WrongOfferType(body) ?? customer.Offer(
                kind,
                OptionalText(body, MockControlFields.UserName),
                OptionalText(body, MockControlFields.Queue),
                OptionalText(body, MockControlFields.CustomerNickname) ?? MockControlFields.DefaultCustomerNickname,
                OptionalText(body, MockControlFields.Text),
                body[MockControlFields.UserData] as JsonObject is { } data ? data.DeepClone().AsObject() : null))));
        control.MapPost("/" + MockControlRoutes.CustomerMessages("{media}", "{id}"), (HttpContext c, string media, string id, CustomerOperations customer) =>
            WithMedia(c, media, kind => Post(c, body => OptionalText(body, MockControlFields.Text) is { } text
                ? customer.Say(kind, id, MessageLogEntryTypes.Text, text)
                : ApiResult.Fail(GwsStatusCodes.ParameterMissing, "text is missing"))));
        control.MapPost("/" + MockControlRoutes.CustomerTypingStarted("{media}", "{id}"), (HttpContext c, string media, string id, CustomerOperations customer) =>
            WithMedia(c, media, kind => Write(c, customer.Say(kind, id, MessageLogEntryTypes.TypingStarted, null))));
        control.MapPost("/" + MockControlRoutes.CustomerTypingStopped("{media}", "{id}"), (HttpContext c, string media, string id, CustomerOperations customer) =>
            WithMedia(c, media, kind => Write(c, customer.Say(kind, id, MessageLogEntryTypes.TypingStopped, null))));
        control.MapPost("/" + MockControlRoutes.CustomerLeave("{media}", "{id}"), (HttpContext c, string media, string id, CustomerOperations customer) =>
            WithMedia(c, media, kind => Write(c, customer.Leave(kind, id))));
        control.MapGet("/" + MockControlRoutes.CustomerTranscript("{media}", "{id}"), (HttpContext c, string media, string id, CustomerOperations customer) =>
            WithMedia(c, media, kind => Write(c, customer.Transcript(kind, id))));
        control.MapPost("/" + MockControlRoutes.BackendFailure("{media}", "{id}"), (HttpContext c, string media, string id, CustomerOperations customer) =>
            WithMedia(c, media, kind => Write(c, customer.FailNextOperation(kind, id))));

        // Any other path or method under the prefix: the GWS envelope too, never an empty 404 or 405.
        control.Map("/{**rest}", (HttpContext c) => Write(c, ApiResult.NotFound("Control route")));
    }

    /// <summary>An offer field of the wrong JSON type is refused rather than silently ignored.</summary>
    private static ApiResult? WrongOfferType(JsonObject body)
    {
        foreach (var name in new[] { MockControlFields.UserName, MockControlFields.Queue, MockControlFields.CustomerNickname, MockControlFields.Text })
        {
            if (body[name] is not null && OptionalText(body, name) is null)
            {
                return ApiResult.Fail(GwsStatusCodes.InputValidationError, $"{name} must be a string");
            }
        }

        return body[MockControlFields.UserData] is not null and not JsonObject
            ? ApiResult.Fail(GwsStatusCodes.InputValidationError, $"{MockControlFields.UserData} must be an object")
            : null;
    }

    private static JsonObject DeviationsJson(DeviationSwitches deviations) => new()
    {
        [MockControlFields.Active] = new JsonArray([.. deviations.Active.Select(d => (JsonNode)d.ToString())]),
        [MockControlFields.Known] = new JsonArray([.. Enum.GetNames<Deviation>().Select(n => (JsonNode)n)]),
    };

    private static string? OptionalText(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static Task WithMedia(HttpContext context, string segment, Func<MediaKind, Task> action)
    {
        var kind = MediaKind.ChatLike.FirstOrDefault(m => m.CollectionSegment == segment);
        return kind is null ? Write(context, ApiResult.NotFound($"Medium {segment}")) : action(kind);
    }
}
