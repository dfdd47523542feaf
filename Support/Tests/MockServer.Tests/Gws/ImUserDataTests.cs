using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>
/// The IM Session API's user-data operations (AttachUserData, UpdateUserData, DeleteUserData with a
/// single key), the IM session resource, both ends of a session and the user's devices.
/// </summary>
public sealed class ImUserDataTests
{
    private static JsonObject Initiate(string phoneNumber) => new()
    {
        ["operationName"] = Operations.InitiateImSession,
        ["destination"] = new JsonObject { ["phoneNumber"] = phoneNumber },
    };

    private static async Task<(AgentClient Caller, AgentClient Callee, string Id)> TalkingAsync(MockHarness h)
    {
        var caller = h.Agent("agent01");
        var callee = h.Agent("agent02");
        var mark = await h.MarkAsync();
        (await caller.PostAsync(MediaKind.ImSession.MeCollectionPath, Initiate("7002"))).StatusCode.Should().Be(0);
        var id = Expect.Resource((await h.ReceivedAsync(caller, mark))[0], "imSession")["id"]!.GetValue<string>();
        return (caller, callee, id);
    }

    private static JsonObject UserData(params (string Key, string Value)[] pairs) =>
        new() { ["userData"] = new JsonObject(pairs.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))) };

    [Test]
    public async Task Attach_update_and_delete_push_AttachedDataChanged_with_the_whole_userData_to_both_sides()
    {
        await using var h = await MockHarness.StartAsync();
        var (caller, callee, id) = await TalkingAsync(h);

        var mark = await h.MarkAsync();
        var attach = await caller.OperateAsync(MediaKind.ImSession, id, Operations.AttachUserData, UserData(("favColor", "blue"), ("tier", "gold")));
        attach.StatusCode.Should().Be(0, attach.ToString());
        var toCaller = await h.ReceivedAsync(caller, mark);
        Expect.Sequence(toCaller, (MessageTypes.ImSessionStateChange, NotificationTypes.AttachedDataChanged));
        toCaller[0].ReferenceId.Should().Be(attach.ReferenceId);
        var toCallee = h.Recorder.Since(mark, callee.UserId);
        toCallee.Should().ContainSingle().Which.ReferenceId.Should().BeNull();
        Expect.Resource(toCallee[0], "imSession")["userData"]!["tier"]!.GetValue<string>().Should().Be("gold");

        mark = await h.MarkAsync();
        (await caller.OperateAsync(MediaKind.ImSession, id, Operations.UpdateUserData, UserData(("favColor", "red")))).StatusCode.Should().Be(0);
        var updated = Expect.Resource((await h.ReceivedAsync(caller, mark))[0], "imSession")["userData"]!.AsObject();
        updated["favColor"]!.GetValue<string>().Should().Be("red");
        updated["tier"]!.GetValue<string>().Should().Be("gold");

        mark = await h.MarkAsync();
        (await caller.OperateAsync(MediaKind.ImSession, id, Operations.DeleteUserData, new JsonObject { ["key"] = "favColor" })).StatusCode.Should().Be(0);
        var deleted = Expect.Resource((await h.ReceivedAsync(caller, mark))[0], "imSession")["userData"]!.AsObject();
        deleted.ContainsKey("favColor").Should().BeFalse();
        deleted["tier"]!.GetValue<string>().Should().Be("gold");

        var one = await callee.GetAsync($"{MediaKind.ImSession.MeCollectionPath}/{id}");
        one.Json!["imSession"]!["userData"]!.AsObject().Select(p => p.Key).Should().Equal("tier");
    }

    [Test]
    public async Task User_data_failures_are_refused_synchronously_and_change_nothing()
    {
        await using var h = await MockHarness.StartAsync();
        var (caller, _, id) = await TalkingAsync(h);
        (await caller.OperateAsync(MediaKind.ImSession, id, Operations.AttachUserData, UserData(("favColor", "blue")))).StatusCode.Should().Be(0);
        var mark = await h.MarkAsync();

        (await caller.OperateAsync(MediaKind.ImSession, id, Operations.AttachUserData)).StatusCode.Should().Be(GwsStatusCodes.ParameterMissing);
        (await caller.OperateAsync(MediaKind.ImSession, id, Operations.UpdateUserData, new JsonObject { ["userData"] = "blue" }))
            .StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
        (await caller.OperateAsync(MediaKind.ImSession, id, Operations.DeleteUserData)).StatusCode.Should().Be(GwsStatusCodes.ParameterMissing);
        (await caller.OperateAsync(MediaKind.ImSession, id, Operations.DeleteUserData, new JsonObject { ["keys"] = new JsonArray("favColor") }))
            .StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
        var unknownKey = await caller.OperateAsync(MediaKind.ImSession, id, Operations.DeleteUserData, new JsonObject { ["key"] = "shoeColor" });
        unknownKey.StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
        unknownKey.Json!["statusMessage"]!.GetValue<string>().Should().Contain("shoeColor");
        (await caller.OperateAsync(MediaKind.ImSession, "UNKNOWN00", Operations.AttachUserData, UserData(("a", "b"))))
            .StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
        (await caller.OperateAsync(MediaKind.ImSession, id, Operations.Complete)).StatusCode.Should().Be(0);
        (await caller.OperateAsync(MediaKind.ImSession, id, Operations.AttachUserData, UserData(("a", "b"))))
            .StatusCode.Should().Be(GwsStatusCodes.ParameterInvalidForState);

        (await h.ReceivedAsync(caller, mark)).Should().ContainSingle("only Complete notifies")
            .Which.Data["imSession"]!["userData"]!["favColor"]!.GetValue<string>().Should().Be("blue");
    }

    [Test]
    public async Task The_collection_lists_open_sessions_of_both_sides_and_forgets_completed_ones()
    {
        await using var h = await MockHarness.StartAsync();
        var (caller, callee, id) = await TalkingAsync(h);

        var uris = await caller.GetAsync(MediaKind.ImSession.MeCollectionPath);
        uris.Json!["uris"]!.AsArray().Single()!.GetValue<string>().Should().EndWith($"/im-sessions/{id}");
        var full = await callee.GetAsync($"{MediaKind.ImSession.MeCollectionPath}?fields=*");
        var session = full.Json!["imSessions"]!.AsArray().Single()!;
        session["state"]!.GetValue<string>().Should().Be(ImSessionStates.Talking);
        session["participants"]![0]!["phoneNumber"]!.GetValue<string>().Should().Be("7001", "the callee sees the caller's number");

        (await callee.OperateAsync(MediaKind.ImSession, id, Operations.Complete)).StatusCode.Should().Be(0);

        (await caller.GetAsync($"{MediaKind.ImSession.MeCollectionPath}?fields=*")).Json!["imSessions"]!.AsArray().Should().BeEmpty();
        (await caller.GetAsync($"{MediaKind.ImSession.MeCollectionPath}/{id}")).Json!["imSession"]!["state"]!.GetValue<string>()
            .Should().Be(ImSessionStates.Completed);
        (await caller.GetAsync($"{MediaKind.ImSession.MeCollectionPath}/UNKNOWN00")).StatusCode.Should().Be(GwsStatusCodes.ResourceNotFound);
    }

    [Test]
    public async Task The_callee_sends_messages_and_the_caller_is_told_when_the_callee_completes()
    {
        await using var h = await MockHarness.StartAsync();
        var (caller, callee, id) = await TalkingAsync(h);
        var calleeDevice = h.Server.Directory.FindByName("agent02")!.Devices[0];
        var mark = await h.MarkAsync();

        var sent = await callee.OperateAsync(MediaKind.ImSession, id, Operations.SendMessage, new JsonObject
        {
            ["text"] = "Hello Alice",
            ["destination"] = new JsonObject { ["phoneNumber"] = "7001" },
            ["devicePath"] = $"/devices/{calleeDevice.Id}",
        });
        sent.StatusCode.Should().Be(0, sent.ToString());
        (await callee.OperateAsync(MediaKind.ImSession, id, Operations.Complete)).StatusCode.Should().Be(0);

        var toCaller = await h.ReceivedAsync(caller, mark);
        Expect.Sequence(toCaller, (MessageTypes.ImLogUpdate, NotificationTypes.NewMessage), (MessageTypes.ImSessionStateChange, NotificationTypes.StatusChange));
        toCaller[0].Data["message"]!.GetValue<string>().Should().Be("Hello Alice");
        toCaller[1].ReferenceId.Should().BeNull("the caller did not ask");
        Expect.Resource(toCaller[1], "imSession")["state"]!.GetValue<string>().Should().Be(ImSessionStates.Completed);
    }

    [Test]
    public async Task Devices_carry_state_fields_and_operation_capabilities_not_a_media_name()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");

        var before = (await agent.GetAsync($"{ApiPaths.Me}?subresources=*")).Json!["user"]!["devices"]![0]!;
        before["deviceState"]!.GetValue<string>().Should().Be("Active");
        before["userState"]!["state"]!.GetValue<string>().Should().Be(UserStates.NotReady);
        before["e164Number"]!.GetValue<string>().Should().Be("7001");
        before["telephonyNetwork"]!.GetValue<string>().Should().Be("Private");
        before["doNotDisturb"]!.GetValue<string>().Should().Be("Off");
        Expect.Strings(before["capabilities"]).Should().Equal(DeviceCapabilities.Idle).And.NotContain(MediaChannels.InstantMessaging);

        (await agent.MeAsync(Operations.StartContactCenterSession, new JsonObject { ["channels"] = new JsonArray("im") })).StatusCode.Should().Be(0);
        (await agent.MeAsync(Operations.Ready)).StatusCode.Should().Be(0);

        var after = (await agent.GetAsync($"{ApiPaths.Me}?subresources=*")).Json!["user"]!["devices"]![0]!;
        after["userState"]!["state"]!.GetValue<string>().Should().Be(UserStates.Ready);
        after["userState"]!["id"]!.GetValue<string>().Should().Be(UserStates.ReadyId);
    }
}
