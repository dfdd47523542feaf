using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Tables;

namespace Gherkin.Tests.Samples.Expressions;

[Binding]
public sealed class ArgumentSteps(Recorded recorded)
{
    private static readonly Message SharedDefault = new(string.Empty, "agent", 100);

    [Given("a message with")]
    public void Single(DataTable table) => recorded.Messages.Add(table.CreateInstance(() => SharedDefault));

    [Given("messages")]
    public void Several(DataTable table) =>
        recorded.Messages.AddRange(table.CreateSet<MutableMessage>().Select(m => new Message(m.Text, m.From, m.MaxLength)));

    [Given("typed messages")]
    public void Typed(List<Message> messages) => recorded.Messages.AddRange(messages);

    [Given("the body")]
    public void Body(DocString body) => recorded.Body = body;

    [Then("the message is {string} from {string} limited to {int}")]
    public void CheckOne(string text, string from, int maxLength)
    {
        Assert.That(recorded.Messages, Is.EqualTo(new[] { new Message(text, from, maxLength) }));
        Assert.That(SharedDefault, Is.EqualTo(new Message(string.Empty, "agent", 100)), "the defaults object must stay untouched");
    }

    [Then("the messages are {string}")]
    public void CheckMany(string expected) =>
        Assert.That(string.Join(',', recorded.Messages.Select(m => $"{m.Text}/{m.From}")), Is.EqualTo(expected));

    [Then("the body type is {string} with content {string}")]
    public void CheckBody(string type, string content)
    {
        Assert.That(recorded.Body?.ContentType, Is.EqualTo(type));
        Assert.That(recorded.Body?.Content, Is.EqualTo(content));
    }
}
