namespace Conformance.MockServer;

internal static class Program
{
    public static void Main() { }
}
