using Conformance.GwsProtocol;
using Conformance.Harness.Drivers;
using Reqnroll;

namespace Conformance.StepDefinitions;

/// <summary>Reading chat and SMS resources with GET (SMS API: Resources; the chat forms by analogy).</summary>
[Binding]
public sealed class ResourceSteps(ResourceDriver resources)
{
    [When("agent {string} lists its {chat-or-sms}s with all fields")]
    public Task ListAll(string role, MediaKind media) => resources.ListAsync(role, media, allFields: true);

    [When("agent {string} lists its {chat-or-sms}s")]
    public Task List(string role, MediaKind media) => resources.ListAsync(role, media, allFields: false);

    [When("agent {string} reads the {chat-or-sms}")]
    public Task Read(string role, MediaKind media) => resources.ReadAsync(role, media, ResourceDriver.Link.OwnPath);

    [When("agent {string} follows the uri of the {chat-or-sms} from its last notification")]
    public Task FollowUri(string role, MediaKind media) => resources.ReadAsync(role, media, ResourceDriver.Link.NotifiedUri);

    [When("agent {string} follows the path of the {chat-or-sms} from its last notification")]
    public Task FollowPath(string role, MediaKind media) => resources.ReadAsync(role, media, ResourceDriver.Link.NotifiedPath);

    [When("agent {string} attempts to read an unknown {chat-or-sms}")]
    public Task ReadUnknown(string role, MediaKind media) => resources.ReadAsync(role, media, ResourceDriver.Link.Unknown);

    [When("agent {string} reads the messages of the {chat-or-sms}")]
    public Task Messages(string role, MediaKind media) => resources.ReadMessagesAsync(role, media, null, null);

    [When("agent {string} reads at most {int} message(s) of the {chat-or-sms} from index {int}")]
    public Task MessagesFrom(string role, int count, MediaKind media, int startIndex) =>
        resources.ReadMessagesAsync(role, media, startIndex, count);

    [Then("the list holds the {chat-or-sms} in state {string}")]
    public void Listed(MediaKind media, string state) => resources.ExpectListed(media, state);

    [Then("the list holds the uri of the {chat-or-sms}")]
    public void UriListed(MediaKind media) => resources.ExpectUriListed(media);

    [Then("the answer is the {chat-or-sms} in state {string}")]
    public void IsResource(MediaKind media, string state) => resources.ExpectResource(media, state);

    [Then("the answer's {chat-or-sms} offers the capabilities:")]
    public void Capabilities(MediaKind media, DataTable table) =>
        resources.ExpectCapabilities(media, [.. table.Rows.Select(r => r[0])]);

    [Then("the answer holds {int} message(s) from index {int}")]
    public void HoldsMessages(int count, int firstIndex) => resources.ExpectMessages(count, firstIndex);
}
