namespace MockServer.Tests.Robustness.Fuzz;

/// <summary>Who a fuzzed request claims to be.</summary>
internal enum FuzzCredentials
{
    Owner,
    None,
    WrongPassword,
    CookieOnly,
    Garbage,
}
