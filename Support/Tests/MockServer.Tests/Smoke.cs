namespace MockServer.Tests;

public class SmokeTests
{
    [Test]
    public void Builds() => Assert.Pass();
}
