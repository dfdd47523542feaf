using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Directory;
using Conformance.MockServer.Gws.Domain;

namespace Conformance.MockServer.Gws.Handlers;

/// <summary>
/// The GET side ("Return Values"; docs/inferences.md#resource-gets). A collection without <c>fields</c> answers <c>uris</c>; with
/// <c>fields=*</c> it answers the resources under the collection's name. An agent sees only its own
/// interactions; anyone else's answer statusCode 6 exactly like an unknown id.
/// </summary>
internal sealed class Queries(DomainContext context, AgentStateOperations agentState)
{
    public ApiResult Me(DirectoryUser user, bool withSubresources)
    {
        var json = UserJson(user, includePassword: true);
        if (withSubresources)
        {
            var imState = agentState.ChannelStateOf(user.Id, MediaChannels.InstantMessaging);
            json[ResponseFields.Devices] = new JsonArray([.. user.Devices.Select(d => (JsonNode)DeviceView.Render(d, imState, context.Links))]);
            json[ResponseFields.Channels] = agentState.Channels(user.Id);
            json[ResponseFields.Settings] = new JsonObject();
            json[ResponseFields.Skills] = new JsonArray();
            json[ResponseFields.Calls] = new JsonArray();
            foreach (var media in MediaKind.ChatLike)
            {
                json[media.CollectionKey] = Collection(user.Id, media, full: true)[media.CollectionKey]!.DeepClone();
            }

            json[MediaKind.ImSession.CollectionKey] = ImCollection(user.Id, full: true)[MediaKind.ImSession.CollectionKey]!.DeepClone();
        }

        return ApiResult.Ok(new JsonObject { [ResponseFields.User] = json });
    }

    public ApiResult User(string id) =>
        context.Directory.FindById(id) is { } user
            ? ApiResult.Ok(new JsonObject { [ResponseFields.User] = UserJson(user, includePassword: false) })
            : ApiResult.NotFound($"User {id}");

    public ApiResult Contacts()
    {
        var contacts = context.Directory.Users.Select(u => (JsonNode)new JsonObject
        {
            [DirectoryFields.Id] = u.Id,
            [DirectoryFields.Name] = $"{u.FirstName} {u.LastName}",
            [DirectoryFields.Type] = DirectoryFields.ContactTypeUser,
            [DirectoryFields.UserName] = u.UserName,
            [DirectoryFields.FirstName] = u.FirstName,
            [DirectoryFields.LastName] = u.LastName,
            [DirectoryFields.Uri] = context.Links.UriOf(ApiLinks.ContactPath(u.Id)),
            [DirectoryFields.Path] = ApiLinks.ContactPath(u.Id),
        }).Concat(context.Directory.Queues.Select(q => (JsonNode)new JsonObject
        {
            [DirectoryFields.Id] = q.Id,
            [DirectoryFields.Name] = q.Name,
            [DirectoryFields.Type] = DirectoryFields.ContactTypeQueue,
            [DirectoryFields.Uri] = context.Links.UriOf(ApiLinks.ContactPath(q.Id)),
            [DirectoryFields.Path] = ApiLinks.ContactPath(q.Id),
        })).ToList();
        return ApiResult.Ok(new JsonObject
        {
            [ResponseFields.TotalCount] = contacts.Count,
            [ResponseFields.Contacts] = new JsonArray([.. contacts]),
        });
    }

    public ApiResult Queues(bool full)
    {
        if (!full)
        {
            return Uris(context.Directory.Queues.Select(q => ApiLinks.QueuePath(q.Id)));
        }

        return ApiResult.Ok(new JsonObject
        {
            [ResponseFields.Queues] = new JsonArray([.. context.Directory.Queues.Select(q => (JsonNode)new JsonObject
            {
                [DirectoryFields.Id] = q.Id,
                [DirectoryFields.Name] = q.Name,
                [DirectoryFields.Description] = q.Description,
                [DirectoryFields.Channel] = q.Channel,
                [DirectoryFields.Internal] = false,
                [DirectoryFields.Uri] = context.Links.UriOf(ApiLinks.QueuePath(q.Id)),
                [DirectoryFields.Path] = ApiLinks.QueuePath(q.Id),
            })]),
        });
    }

    public ApiResult Channels(string userId) =>
        ApiResult.Ok(new JsonObject { [ResponseFields.Channels] = agentState.Channels(userId) });

    public JsonObject Collection(string userId, MediaKind media, bool full)
    {
        lock (context.State.Gate)
        {
            var mine = context.State.InteractionsOf(userId, media).OrderBy(i => i.ReceivedDate).ToList();
            return full
                ? new JsonObject { [media.CollectionKey] = new JsonArray([.. mine.Select(i => (JsonNode)context.Json.Interaction(i, i.PartyOf(userId)!))]) }
                : UriList(mine.Select(i => media.ResourcePath(i.Id)));
        }
    }

    public JsonObject ImCollection(string userId, bool full)
    {
        lock (context.State.Gate)
        {
            var mine = context.State.ImSessions.Values.Where(s => s.PartyOf(userId) is { State: not ImSessionStates.Completed }).ToList();
            return full
                ? new JsonObject { [MediaKind.ImSession.CollectionKey] = new JsonArray([.. mine.Select(s => (JsonNode)context.Json.ImSession(s, s.PartyOf(userId)!))]) }
                : UriList(mine.Select(s => MediaKind.ImSession.ResourcePath(s.Id)));
        }
    }

    public ApiResult Item(string userId, MediaKind media, string id)
    {
        lock (context.State.Gate)
        {
            if (media == MediaKind.ImSession)
            {
                return context.State.ImSessions.TryGetValue(id, out var session) && session.PartyOf(userId) is { } side
                    ? ApiResult.Ok(new JsonObject { [media.ResourceKey] = context.Json.ImSession(session, side) })
                    : ApiResult.NotFound($"IM session {id}");
            }

            return Find(userId, media, id) is var (interaction, party)
                ? ApiResult.Ok(new JsonObject { [media.ResourceKey] = context.Json.Interaction(interaction, party) })
                : ApiResult.NotFound($"{media.Name} {id}");
        }
    }

    /// <summary>
    /// GET .../{id}/messages ("SMS Session API: Resources"): the log entries the agent may see. <c>startIndex</c> is
    /// the first entry index to return (from 1), <c>count</c> the most entries; both optional.
    /// </summary>
    public ApiResult Messages(string userId, MediaKind media, string id, string? startIndex, string? count)
    {
        int? start = null, max = null;
        if (startIndex is not null)
        {
            if (!int.TryParse(startIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s < 1)
            {
                return ApiResult.Fail(GwsStatusCodes.InputValidationError, "startIndex must be a positive integer");
            }

            start = s;
        }

        if (count is not null)
        {
            if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var c) || c < 1)
            {
                return ApiResult.Fail(GwsStatusCodes.InputValidationError, "count must be a positive integer");
            }

            max = c;
        }

        lock (context.State.Gate)
        {
            if (Find(userId, media, id) is not var (interaction, party) || party.State == InteractionStates.Invited)
            {
                return ApiResult.NotFound($"{media.Name} {id}");
            }

            var entries = interaction.LogVisibleToAgents().Where(e => e.Index >= (start ?? 1) && Supervision.SupervisorVisibility.CanSee(party, e.Visibility)).Take(max ?? int.MaxValue);
            return ApiResult.Ok(new JsonObject { [ResponseFields.Messages] = context.Json.Entries(entries) });
        }
    }

    private (Interaction, AgentParty)? Find(string userId, MediaKind media, string id) =>
        context.State.Interactions.TryGetValue(id, out var interaction) && interaction.Media == media
            && interaction.PartyOf(userId) is { } party
            ? (interaction, party)
            : null;

    private JsonObject UriList(IEnumerable<string> paths) =>
        new() { [ResponseFields.Uris] = new JsonArray([.. paths.Select(p => (JsonNode)context.Links.UriOf(p))]) };

    private ApiResult Uris(IEnumerable<string> paths) => ApiResult.Ok(UriList(paths));

    private JsonObject UserJson(DirectoryUser user, bool includePassword)
    {
        var path = ApiLinks.UserPath(user.Id);
        var json = new JsonObject
        {
            [DirectoryFields.Id] = user.Id,
            [DirectoryFields.UserName] = user.UserName,
            [DirectoryFields.FirstName] = user.FirstName,
            [DirectoryFields.LastName] = user.LastName,
            [DirectoryFields.EmailAddress] = $"{user.UserName}@mock.invalid",
            [DirectoryFields.Roles] = new JsonArray([.. user.Roles.Select(r => (JsonNode)Roles.FromAnnex(r))]),
            [DirectoryFields.Enabled] = true,
            [DirectoryFields.ChangePasswordOnFirstLogin] = false,
            [DirectoryFields.Uri] = context.Links.UriOf(path),
            [DirectoryFields.Path] = path,
        };
        if (includePassword)
        {
            // GET /me shows an empty password field ("Users Resource").
            json[DirectoryFields.Password] = "";
        }

        return json;
    }
}
