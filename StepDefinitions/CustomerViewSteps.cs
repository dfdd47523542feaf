using Conformance.GwsProtocol;
using Conformance.Harness.Drivers;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>
/// The customer's side, which only the mock's control API shows (Features/README.md "customer"), and the
/// backend failure it can arm: what visibility Agents keeps from the customer, and the asynchronous Error.
/// </summary>
[Binding]
public sealed class CustomerViewSteps(CustomerViewDriver customer)
{
    [Given("the next operation on the {chat-or-sms} fails in the backend")]
    public Task FailsInBackend(MediaKind media) => customer.FailNextOperationAsync(media);

    [Then("the customer sees no entry meant for agents only in the {chat-or-sms}")]
    public Task NoAgentsOnly(MediaKind media) => customer.ExpectNoAgentsOnlyEntryAsync(media);

    [Then("the customer sees nothing from agent {string} in the {chat-or-sms}")]
    public Task NothingFrom(string role, MediaKind media) => customer.ExpectNobodyCalledAsync(media, role);

    [Then("the customer's transcript of the {chat-or-sms} ends with the entries:")]
    public Task EndsWith(MediaKind media, DataTable table) => customer.ExpectEndsWithAsync(media,
        [.. table.Rows.Select(r => new ContentAssertions.Entry(
            r["type"], r["visibility"], r["from"], table.Header.Contains("text", StringComparer.OrdinalIgnoreCase) ? r["text"] : null))]);
}
