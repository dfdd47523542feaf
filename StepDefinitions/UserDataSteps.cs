using Conformance.Harness.Drivers;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>What DeleteUserData leaves out of the userData the notification carries (Chat API: DeleteUserData).</summary>
[Binding]
public sealed class UserDataSteps(ContentAssertions content)
{
    [Then("^the \"([^\"]+)\" notification carries no userData key \"([^\"]+)\"$")]
    public void NoKey(string notificationType, string key) => content.LacksUserDataKey(notificationType, key);
}
