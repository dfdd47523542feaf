using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>
/// The custom parameter types of the step vocabulary (StepDefinitions/README.md), used in the
/// Cucumber expressions of every binding: <c>{media}</c>, <c>{chat-or-sms}</c>, <c>{operation}</c>,
/// <c>{supervise}</c>, <c>{supervises}</c>, <c>{supervising}</c>, <c>{supervision}</c>, <c>{agent-state}</c>,
/// <c>{user-data-operation}</c>.
/// </summary>
[Binding]
public sealed class ParameterTypes
{
    /// <summary><c>{media}</c>: chat, SMS session or IM session.</summary>
    [StepArgumentTransformation("(chat|SMS session|IM session)", Name = "media")]
    public static MediaKind Media(string words) => ScenarioInteractions.Parse(words);

    /// <summary><c>{chat-or-sms}</c>: the media whose operations the Chat and SMS Session APIs share.</summary>
    [StepArgumentTransformation("(chat|SMS session)", Name = "chat-or-sms")]
    public static MediaKind ChatOrSms(string words) => ScenarioInteractions.Parse(words);

    /// <summary><c>{operation}</c>: accept, reject, complete or leave; "{operation}s" reads "accepts".</summary>
    [StepArgumentTransformation("(accept|reject|complete|leave)", Name = "operation")]
    public static ChatOperation Operation(string verb) => new(verb switch
    {
        "accept" => Operations.Accept,
        "reject" => Operations.Reject,
        "complete" => Operations.Complete,
        "leave" => Operations.Leave,
        _ => throw new ArgumentException($"no operation for \"{verb}\"", nameof(verb)),
    });

    /// <summary><c>{supervise}</c>: monitor, coach or barge in on (after "attempts to").</summary>
    [StepArgumentTransformation("(monitor|coach|barge in on)", Name = "supervise")]
    public static NamedOperation Supervise(string words) => new(SupervisorDriver.OperationOf(words));

    /// <summary><c>{supervises}</c>: monitors, coaches or barges in on.</summary>
    [StepArgumentTransformation("(monitors|coaches|barges in on)", Name = "supervises")]
    public static NamedOperation Supervises(string words) => new(SupervisorDriver.OperationOf(words));

    /// <summary><c>{supervising}</c>: monitoring, coaching or barging in on (after "is").</summary>
    [StepArgumentTransformation("(monitoring|coaching|barging in on)", Name = "supervising")]
    public static NamedOperation Supervising(string words) => new(SupervisorDriver.OperationOf(words));

    /// <summary><c>{supervision}</c>: the supervisor modes a switch names, Monitor, Coach or BargeIn.</summary>
    [StepArgumentTransformation("(Monitor|Coach|BargeIn)", Name = "supervision")]
    public static SupervisionMode Supervision(string mode) => new(mode switch
    {
        "Monitor" => SupervisorProtocol.Monitor,
        "Coach" => SupervisorProtocol.Coach,
        "BargeIn" => SupervisorProtocol.BargeIn,
        _ => throw new ArgumentException($"no supervisor mode \"{mode}\"", nameof(mode)),
    });

    /// <summary><c>{agent-state}</c>: Ready or NotReady, the agent state operations.</summary>
    [StepArgumentTransformation("(Ready|NotReady)", Name = "agent-state")]
    public static NamedOperation AgentState(string operation) => new(operation switch
    {
        "Ready" => Operations.Ready,
        "NotReady" => Operations.NotReady,
        _ => throw new ArgumentException($"no agent state operation \"{operation}\"", nameof(operation)),
    });

    /// <summary><c>{user-data-operation}</c>: attach, update, delete (after "attempts to") or attaches, updates, deletes.</summary>
    [StepArgumentTransformation("(attaches|updates|deletes|attach|update|delete)", Name = "user-data-operation")]
    public static NamedOperation UserDataOperation(string verb) => new(verb switch
    {
        "attaches" or "attach" => Operations.AttachUserData,
        "updates" or "update" => Operations.UpdateUserData,
        "deletes" or "delete" => Operations.DeleteUserData,
        _ => throw new ArgumentException($"no userData operation \"{verb}\"", nameof(verb)),
    });
}
