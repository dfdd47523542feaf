using Conformance.Harness.Drivers;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>What DeleteUserData leaves out of the userData the notification carries (Chat API: DeleteUserData).</summary>
[Binding]
public sealed class UserDataSteps(ContentAssertions content)
{
    [Then("the {string} notification carries no userData key {string}")]
    public void NoKey(string notificationType, string key) => content.LacksUserDataKey(notificationType, key);
}
