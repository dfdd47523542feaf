using Conformance.Harness.Contexts;
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
    [Given("^the next operation on the (chat|SMS session) fails in the backend$")]
    public Task FailsInBackend(string media) => customer.FailNextOperationAsync(ScenarioInteractions.Parse(media));

    [Then("^the customer sees no entry meant for agents only in the (chat|SMS session)$")]
    public Task NoAgentsOnly(string media) => customer.ExpectNoAgentsOnlyEntryAsync(ScenarioInteractions.Parse(media));

    [Then("^the customer sees nothing from agent \"([^\"]+)\" in the (chat|SMS session)$")]
    public Task NothingFrom(string role, string media) => customer.ExpectNobodyCalledAsync(ScenarioInteractions.Parse(media), role);

    [Then("^the customer's transcript of the (chat|SMS session) ends with the entries:$")]
    public Task EndsWith(string media, DataTable table) => customer.ExpectEndsWithAsync(ScenarioInteractions.Parse(media),
        [.. table.Rows.Select(r => new ContentAssertions.Entry(
            r["type"], r["visibility"], r["from"], table.Header.Contains("text", StringComparer.OrdinalIgnoreCase) ? r["text"] : null))]);
}
