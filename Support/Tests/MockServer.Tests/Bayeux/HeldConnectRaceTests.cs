using Conformance.MockServer.Bayeux;

namespace MockServer.Tests.Bayeux;

/// <summary>
/// Two connects of one client that both begin before either is held (the order two HTTP requests can take
/// through the server): the one held last must release the other, never leave it orphaned until its timeout.
/// </summary>
public class HeldConnectRaceTests
{
    [Test]
    public void The_connect_held_last_supersedes_one_held_after_both_began()
    {
        var session = new BayeuxSession("c1", "alice", "browser", ack: false, expireAt: long.MaxValue);
        session.BeginConnect(null); // connect A begins
        session.BeginConnect(null); // connect B begins: nothing held yet, so nothing to supersede
        var b = session.TryHold(longPolling: true);
        var a = session.TryHold(longPolling: true);

        Assert.That(b, Is.Not.Null, "connect B was not held");
        Assert.That(a, Is.Not.Null, "connect A was not held");
        Assert.That(b!.Released.IsCompleted, Is.True,
            "Expected: connect B released as superseded when A was held / Actual: B still held, orphaned until its timeout");
        Assert.That(b.Released.Result, Is.EqualTo(ConnectRelease.Superseded));
        Assert.That(a!.Released.IsCompleted, Is.False, "the connect held last stays held");

        session.Remove(ConnectRelease.Disconnected);
        Assert.That(a.Released.IsCompleted, Is.True, "a disconnect releases the connect held last");
    }
}
