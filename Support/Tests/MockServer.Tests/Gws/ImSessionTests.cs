using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using FluentAssertions;
using MockServer.Tests.Support;

namespace MockServer.Tests.Gws;

/// <summary>IM sessions ("IM Session API: InitiateIMSession", "IM Session Resource").</summary>
public sealed class ImSessionTests
{
    private static JsonObject Initiate(string phoneNumber, JsonObject? extra = null)
    {
        var body = new JsonObject { ["operationName"] = Operations.InitiateImSession, ["destination"] = new JsonObject { ["phoneNumber"] = phoneNumber } };
        foreach (var (key, value) in extra ?? [])
        {
            body[key] = value?.DeepClone();
        }

        return body;
    }

    [Test]
    public async Task Initiate_gives_Talking_with_the_referenceId_and_the_called_agent_Alerting_then_Talking()
    {
        await using var h = await MockHarness.StartAsync();
        var caller = h.Agent("agent01");
        var callee = h.Agent("agent02");
        var mark = await h.MarkAsync();

        var reply = await caller.PostAsync(MediaKind.ImSession.MeCollectionPath, Initiate("7002", new JsonObject { ["userData"] = new JsonObject { ["favColor"] = "blue" } }));

        reply.StatusCode.Should().Be(0, reply.ToString());
        var toCaller = await h.ReceivedAsync(caller, mark);
        Expect.Sequence(toCaller, (MessageTypes.ImSessionStateChange, NotificationTypes.StatusChange));
        toCaller[0].Channel.Should().Be(Topics.ImSessions);
        toCaller[0].ReferenceId.Should().Be(reply.ReferenceId);
        var session = Expect.Resource(toCaller[0], "imSession");
        session["state"]!.GetValue<string>().Should().Be(ImSessionStates.Talking);
        session["userData"]!["favColor"]!.GetValue<string>().Should().Be("blue");
        Expect.Strings(session["capabilities"]).Should().BeEquivalentTo(Capabilities.ImTalking);
        session["participants"]![0]!["phoneNumber"]!.GetValue<string>().Should().Be("7002");
        session["path"]!.GetValue<string>().Should().Be($"/im-sessions/{session["id"]}");

        var toCallee = h.Recorder.Since(mark, callee.UserId);
        toCallee.Select(p => Expect.Resource(p, "imSession")["state"]!.GetValue<string>())
            .Should().Equal(ImSessionStates.Alerting, ImSessionStates.Talking);
    }

    [Test]
    public async Task A_second_session_is_refused_with_Invalid_state()
    {
        await using var h = await MockHarness.StartAsync();
        var agent = h.Agent("agent01");
        (await agent.PostAsync(MediaKind.ImSession.MeCollectionPath, Initiate("16001"))).StatusCode.Should().Be(0);

        var second = await agent.PostAsync(MediaKind.ImSession.MeCollectionPath, Initiate("16002"));

        second.StatusCode.Should().Be(GwsStatusCodes.ParameterInvalidForState);
        second.Json!["statusMessage"]!.GetValue<string>().Should().Be("Invalid state");
    }

    [Test]
    public async Task Without_a_suitable_device_or_with_several_and_no_devicePath_initiate_fails()
    {
        await using var h = await MockHarness.StartAsync();
        (await h.Agent("agent-noim").PostAsync(MediaKind.ImSession.MeCollectionPath, Initiate("16001")))
            .StatusCode.Should().Be(GwsStatusCodes.OperationForbidden);
        var dual = h.Agent("agent-dualim");
        (await dual.PostAsync(MediaKind.ImSession.MeCollectionPath, Initiate("16001")))
            .StatusCode.Should().Be(GwsStatusCodes.ParameterMissing);
        (await dual.PostAsync(MediaKind.ImSession.MeCollectionPath, Initiate("16001", new JsonObject { ["devicePath"] = "/devices/other" })))
            .StatusCode.Should().Be(GwsStatusCodes.InputValidationError);
        var device = h.Server.Directory.FindByName("agent-dualim")!.Devices[1];

        var reply = await dual.PostAsync(MediaKind.ImSession.MeCollectionPath, Initiate("16001", new JsonObject { ["devicePath"] = $"/devices/{device.Id}" }));

        reply.StatusCode.Should().Be(0, reply.ToString());
        (await dual.PostAsync(MediaKind.ImSession.MeCollectionPath, new JsonObject { ["operationName"] = Operations.InitiateImSession }))
            .StatusCode.Should().Be(GwsStatusCodes.ParameterMissing);
    }

    [Test]
    public async Task SendMessage_user_data_and_Complete_on_a_session()
    {
        await using var h = await MockHarness.StartAsync();
        var caller = h.Agent("agent01");
        var callee = h.Agent("agent02");
        (await caller.PostAsync(MediaKind.ImSession.MeCollectionPath, Initiate("7002"))).StatusCode.Should().Be(0);
        var list = await caller.GetAsync($"{MediaKind.ImSession.MeCollectionPath}?fields=*");
        var id = list.Json!["imSessions"]![0]!["id"]!.GetValue<string>();
        var device = h.Server.Directory.FindByName("agent01")!.Devices[0];
        var mark = await h.MarkAsync();

        var send = await caller.OperateAsync(MediaKind.ImSession, id, Operations.SendMessage, new JsonObject
        {
            ["text"] = "Hello!",
            ["destination"] = new JsonObject { ["phoneNumber"] = "7002" },
            ["devicePath"] = $"/devices/{device.Id}",
        });
        send.StatusCode.Should().Be(0, send.ToString());
        var log = await h.ReceivedAsync(callee, mark);
        Expect.Sequence(log, (MessageTypes.ImLogUpdate, NotificationTypes.NewMessage));
        log[0].Data["message"]!.GetValue<string>().Should().Be("Hello!");
        log[0].Data["imSessionPath"]!.GetValue<string>().Should().Be($"/im-sessions/{id}");

        mark = await h.MarkAsync();
        var attach = await caller.OperateAsync(MediaKind.ImSession, id, Operations.AttachUserData, new JsonObject { ["userData"] = new JsonObject { ["k"] = "v" } });
        var delete = await caller.OperateAsync(MediaKind.ImSession, id, Operations.DeleteUserData, new JsonObject { ["key"] = "k" });
        var data = await h.ReceivedAsync(caller, mark);
        Expect.Sequence(data,
            (MessageTypes.ImSessionStateChange, NotificationTypes.AttachedDataChanged),
            (MessageTypes.ImSessionStateChange, NotificationTypes.AttachedDataChanged));
        data[0].ReferenceId.Should().Be(attach.ReferenceId);
        data[1].ReferenceId.Should().Be(delete.ReferenceId);
        Expect.Resource(data[1], "imSession")["userData"]!.AsObject().Should().BeEmpty();

        mark = await h.MarkAsync();
        var complete = await caller.OperateAsync(MediaKind.ImSession, id, Operations.Complete);
        var done = await h.ReceivedAsync(caller, mark);
        Expect.Sequence(done, (MessageTypes.ImSessionStateChange, NotificationTypes.StatusChange));
        done[0].ReferenceId.Should().Be(complete.ReferenceId);
        Expect.Resource(done[0], "imSession")["state"]!.GetValue<string>().Should().Be(ImSessionStates.Completed);
        (await caller.OperateAsync(MediaKind.ImSession, id, Operations.Complete)).StatusCode.Should().Be(GwsStatusCodes.ParameterInvalidForState);
        (await caller.PostAsync(MediaKind.ImSession.MeCollectionPath, Initiate("16001"))).StatusCode.Should().Be(0, "the first session is over");
    }
}
