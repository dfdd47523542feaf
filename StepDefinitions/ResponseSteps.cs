using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;
using NUnit.Framework;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>The synchronous answer ("Return Values"): statusCode, statusMessage, referenceId.</summary>
[Binding]
public sealed class ResponseSteps(LastRequest last)
{
    [Then("the request succeeds")]
    public void Succeeds() => Expect(last.Require().StatusCode == GwsStatusCodes.Ok, "statusCode 0");

    [Then("the request succeeds with a referenceId")]
    public void SucceedsWithReference() =>
        Expect(last.Require().StatusCode == GwsStatusCodes.Ok && last.Require().ReferenceId is not null, "statusCode 0 and an integer referenceId");

    [Then("the attempt is rejected with statusCode {int}")]
    public void RejectedWith(int code) =>
        Expect(last.Require().StatusCode == code && !string.IsNullOrEmpty(last.Require().StatusMessage), $"statusCode {code} with a statusMessage");

    [Then("the attempt is rejected with a statusMessage")]
    public void Rejected() =>
        Expect(last.Require().StatusCode is not (null or GwsStatusCodes.Ok) && !string.IsNullOrEmpty(last.Require().StatusMessage), "a non-zero statusCode with a statusMessage");

    [Then("the attempt is rejected with statusMessage {string}")]
    public void RejectedWithMessage(string message) =>
        Expect(last.Require().StatusCode is not (null or GwsStatusCodes.Ok) && last.Require().StatusMessage?.Contains(message, StringComparison.OrdinalIgnoreCase) == true,
            $"a non-zero statusCode with statusMessage \"{message}\"");

    private void Expect(bool holds, string expected)
    {
        if (!holds)
        {
            throw new AssertionException($"Expected {last.Description} to be answered {expected}\nActual: {last.Require().Summary}");
        }
    }
}
