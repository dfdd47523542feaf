using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>An operation on a chat or SMS session, as the steps word it ("accept", "accepts").</summary>
public readonly record struct ChatOperation(string Name);

/// <summary>
/// The custom parameter types of the step vocabulary (StepDefinitions/README.md), used in the
/// Cucumber expressions of every binding: <c>{media}</c>, <c>{chat-or-sms}</c>, <c>{operation}</c>.
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
}
