using System.Globalization;
using Conformance.Gherkin.Bindings;

namespace Gherkin.Tests.Samples.Expressions;

[Binding]
public sealed class ExpressionSteps(Recorded recorded)
{
    [ParameterType("media", "chat|sms")]
    public static Media ToMedia(string text) => Enum.Parse<Media>(text, ignoreCase: true);

    [Given("the number {int} and the word {word}")]
    public void NumberAndWord(int number, string word) => recorded.Values.AddRange([number.ToString(CultureInfo.InvariantCulture), word]);

    [Given("the price {float} and the text {string}")]
    public void PriceAndText(double price, string text) => recorded.Values.AddRange([price.ToString(CultureInfo.InvariantCulture), text]);

    [Given("the text {string}")]
    public void Text(string text) => recorded.Values.Add(text);

    [Given("a session over {media}")]
    public void Session(Media media) => recorded.Values.Add(media.ToString());

    [Given(@"^the regex step with (\d+) and ""([^""]*)""$")]
    public void Regex(long number, string word) => recorded.Values.AddRange([number.ToString(CultureInfo.InvariantCulture), word]);

    [Given("{int} cucumber(s)")]
    public void Cucumbers(int count) => recorded.Values.Add(count.ToString(CultureInfo.InvariantCulture));

    [When("I eat/drink them")]
    public void Consume() => recorded.Values.Add(recorded.Values.Count == 2 ? "eat" : "drink");

    [When("an async step completes")]
    public async Task Async()
    {
        await Task.Yield();
        recorded.Values.Add("async");
    }

    [Then("the values are recorded as {string}")]
    public void Check(string expected) => Assert.That(string.Join('|', recorded.Values), Is.EqualTo(expected));
}
