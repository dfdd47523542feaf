using Conformance.Harness.Contexts;
using Conformance.Harness.Drivers;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>Reading chat and SMS resources with GET (SMS API: Resources; the chat forms by analogy).</summary>
[Binding]
public sealed class ResourceSteps(ResourceDriver resources)
{
    [When("^agent \"([^\"]+)\" lists its (chat|SMS session)s with all fields$")]
    public Task ListAll(string role, string media) => resources.ListAsync(role, ScenarioInteractions.Parse(media), allFields: true);

    [When("^agent \"([^\"]+)\" lists its (chat|SMS session)s$")]
    public Task List(string role, string media) => resources.ListAsync(role, ScenarioInteractions.Parse(media), allFields: false);

    [When("^agent \"([^\"]+)\" reads the (chat|SMS session)$")]
    public Task Read(string role, string media) => resources.ReadAsync(role, ScenarioInteractions.Parse(media), ResourceDriver.Link.OwnPath);

    [When("^agent \"([^\"]+)\" follows the uri of the (chat|SMS session) from its last notification$")]
    public Task FollowUri(string role, string media) => resources.ReadAsync(role, ScenarioInteractions.Parse(media), ResourceDriver.Link.NotifiedUri);

    [When("^agent \"([^\"]+)\" follows the path of the (chat|SMS session) from its last notification$")]
    public Task FollowPath(string role, string media) => resources.ReadAsync(role, ScenarioInteractions.Parse(media), ResourceDriver.Link.NotifiedPath);

    [When("^agent \"([^\"]+)\" attempts to read an unknown (chat|SMS session)$")]
    public Task ReadUnknown(string role, string media) => resources.ReadAsync(role, ScenarioInteractions.Parse(media), ResourceDriver.Link.Unknown);

    [When("^agent \"([^\"]+)\" reads the messages of the (chat|SMS session)$")]
    public Task Messages(string role, string media) => resources.ReadMessagesAsync(role, ScenarioInteractions.Parse(media), null, null);

    [When("^agent \"([^\"]+)\" (?:reads|attempts to read) at most (\\d+) messages? of the (chat|SMS session) from index (\\d+)$")]
    public Task MessagesFrom(string role, int count, string media, int startIndex) =>
        resources.ReadMessagesAsync(role, ScenarioInteractions.Parse(media), startIndex, count);

    [Then("^the list holds the (chat|SMS session) in state \"([^\"]+)\"$")]
    public void Listed(string media, string state) => resources.ExpectListed(ScenarioInteractions.Parse(media), state);

    [Then("^the list holds the uri of the (chat|SMS session)$")]
    public void UriListed(string media) => resources.ExpectUriListed(ScenarioInteractions.Parse(media));

    [Then("^the answer is the (chat|SMS session) in state \"([^\"]+)\"$")]
    public void IsResource(string media, string state) => resources.ExpectResource(ScenarioInteractions.Parse(media), state);

    [Then("^the answer's (chat|SMS session) offers the capabilities:$")]
    public void Capabilities(string media, DataTable table) =>
        resources.ExpectCapabilities(ScenarioInteractions.Parse(media), [.. table.Rows.Select(r => r[0])]);

    [Then("^the answer holds (\\d+) messages? from index (\\d+)$")]
    public void HoldsMessages(int count, int firstIndex) => resources.ExpectMessages(count, firstIndex);
}
