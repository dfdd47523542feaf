namespace Conformance.GwsProtocol;

/// <summary>Request body parameter names (the parameter tables of the operation pages).</summary>
public static class Parameters
{
    public const string OperationName = "operationName";
    public const string Nickname = "nickname";
    public const string SaveLar = "saveLAR";
    public const string QueueName = "queueName";
    public const string Text = "text";
    public const string MessageType = "messageType";
    public const string TreatAs = "treatAs";
    public const string TargetUri = "targetUri";
    public const string TargetPath = "targetPath";
    public const string Url = "url";
    public const string NoticeText = "noticeText";
    public const string UserData = "userData";
    public const string Keys = "keys";
    public const string Key = "key";
    public const string Disposition = "disposition";
    public const string DispositionKey = "dispositionKey";
    public const string Destination = "destination";
    public const string PhoneNumber = "phoneNumber";
    public const string DevicePath = "devicePath";
    public const string Channels = "channels";
    public const string Place = "place";

    /// <summary>Query parameters of collection GETs ("SMS Session API: Resources").</summary>
    public const string Fields = "fields";
    public const string Subresources = "subresources";
    public const string StartIndex = "startIndex";
    public const string Count = "count";
    public const string AllFields = "*";

    /// <summary>The default key of SetDisposition ("Chat API: SetDisposition").</summary>
    public const string DefaultDispositionKey = "DispositionCode";
}
