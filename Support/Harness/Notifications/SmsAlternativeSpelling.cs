namespace Conformance.Harness.Notifications;

/// <summary>The /smsessions spelling of some SMS pages, accepted when reading notifications (docs/inferences.md#sms-path-spelling).</summary>
public static class SmsAlternativeSpelling
{
    public const string ResourceKey = "smsession";
    public const string LogUriField = "smsessionUri";
    public const string LogPathField = "smsessionPath";
    public const string CollectionSegment = "smsessions";
}
