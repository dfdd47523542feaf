using Conformance.Harness.Schemas;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NUnit.Framework;

namespace Conformance.Harness.SelfChecks;

/// <summary>
/// The suite checks its own schemas (issue #5; style.md lesson 13): each compiles, uses only keywords
/// NJsonSchema 10.7.2 enforces, has a title and a description, and judges the documented samples right.
/// </summary>
[TestFixture]
[Category("self-check")]
public sealed class SchemaSelfChecks
{
    private static readonly SchemaCatalog Catalog = new(SchemaCatalog.DefaultRoot);

    public static IEnumerable<string> SchemaFiles() => new SchemaCatalog(SchemaCatalog.DefaultRoot).AllSchemaFiles();

    [Test]
    public void The_schema_folder_holds_the_http_and_notification_schemas()
    {
        var files = SchemaFiles().Select(f => f.Replace('\\', '/')).ToList();
        Assert.That(files, Has.Some.StartsWith("http/"));
        Assert.That(files, Has.Some.StartsWith("notifications/"));
    }

    [TestCaseSource(nameof(SchemaFiles))]
    public async Task Each_schema_compiles_and_uses_only_enforced_keywords(string relativePath)
    {
        var path = Path.Combine(Catalog.Root, relativePath);
        Assert.DoesNotThrowAsync(async () => await JsonSchema.FromFileAsync(path), $"{relativePath} does not compile");
        var problems = SchemaLint.Check(JToken.Parse(await File.ReadAllTextAsync(path)));
        Assert.That(problems, Is.Empty, $"{relativePath}:\n" + string.Join("\n", problems));
    }

    [Test]
    public void The_definitions_file_passes_the_lint()
    {
        var problems = SchemaLint.Check(JToken.Parse(File.ReadAllText(Path.Combine(Catalog.Root, "definitions.json"))));
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [TestCase("""{"type":"string","const":"x","title":"t","description":"d"}""", "const")]
    [TestCase("""{"title":"t","description":"d","properties":{"a":{"if":{},"then":{}}}}""", "if")]
    [TestCase("""{"title":"t","description":"d","items":true}""", "boolean schema")]
    [TestCase("""{"type":"object"}""", "no title")]
    public void The_lint_catches_what_NJsonSchema_would_ignore(string schema, string expected)
    {
        Assert.That(SchemaLint.Check(JToken.Parse(schema)), Has.Some.Contains(expected));
    }

    [TestCase("#/chat.participants[0].type", "/chat/participants/0/type")]
    [TestCase("#/messages[2]", "/messages/2")]
    [TestCase("#", "")]
    [TestCase("#/a/b", "/a~1b")]
    public void NJsonSchema_paths_become_JSON_Pointers(string path, string pointer)
    {
        Assert.That(SchemaCatalog.ToPointer(path), Is.EqualTo(pointer));
    }

    // The seeds' samples in real JSON (gws-api.md 8 "Output format"): seeds/002 Invite "Failed".
    private const string ChatInviteError = """
        {"notificationType":"Error","messageType":"ChatStateChangeMessage","errorMessage":"Operation failed","referenceId":36,
         "chat":{"participants":[{"nickname":"TestName","type":"Agent","participantId":"009052CB110900F5"},
                                 {"nickname":"FirstL","type":"Customer","participantId":"009052CB10CC00F0"}],
                 "state":"Chatting","id":"0000Na9B26EF006M","capabilities":["Transfer","Leave","Invite","Complete","SendMessage"],
                 "uri":"http://localhost:8080/api/v2/chats/0000Na9B26EF006M"}}
        """;

    // seeds/003 SMS Accept, third notification (first entry only).
    private const string SmsAcceptLog = """
        {"messageType":"MessageLogUpdated","notificationType":"NewMessages",
         "messages":[{"index":1,"type":"ParticipantJoined","from":{"type":"Customer","nickname":"PersonP","participantId":"009052C5E6D6004A"},
                      "visibility":"All","timestamp":"2014-01-02T14:23:18.000-0800"}],
         "smssessionUri":"http://localhost:8080/api/v2/smssessions/0000Na9B26EF002X"}
        """;

    // seeds/004 InitiateIMSession, with the sample's typos repaired.
    private const string ImTalking = """
        {"messageType":"IMSessionStateChangeMessage","notificationType":"StatusChange",
         "imSession":{"state":"Talking","userData":{"favColor":"blue"},"id":"00S4UMMDT8AHN1VL807GK2LAES000002",
           "uri":"http://localhost:8090/api/v2/im-sessions/00S4UMMDT8AHN1VL807GK2LAES000002",
           "path":"/im-sessions/00S4UMMDT8AHN1VL807GK2LAES000002",
           "participants":[{"digits":"3002","e164Number":"3002","formattedPhoneNumber":"3002","phoneNumber":"3002"}],
           "capabilities":["Complete","AttachUserData","DeleteUserData","UpdateUserData","SendMessage"]}}
        """;

    [TestCase(ChatInviteError)]
    [TestCase(SmsAcceptLog)]
    [TestCase(ImTalking)]
    public async Task The_documented_samples_are_valid(string json)
    {
        var violations = await Catalog.ValidateNotificationAsync(json);
        Assert.That(violations, Is.Empty, string.Join("\n", violations));
    }

    [TestCase(ChatInviteError, "\"referenceId\":36,", "", "/referenceId", "required")]
    [TestCase(ChatInviteError, "\"state\":\"Chatting\"", "\"state\":\"Talking\"", "/chat/state", "enum")]
    [TestCase(SmsAcceptLog, "\"index\":1", "\"index\":\"1\"", "/messages/0/index", "type: integer")]
    [TestCase(ImTalking, "IMSessionStateChangeMessage", "test_accept ", "", "no schema")]
    public async Task A_broken_sample_is_named_by_pointer_and_rule(string json, string from, string to, string pointer, string rule)
    {
        var violations = await Catalog.ValidateNotificationAsync(json.Replace(from, to, StringComparison.Ordinal));
        Assert.That(violations, Has.Some.Matches<SchemaViolation>(v => v.Pointer == pointer && v.Rule == rule),
            "Actual: " + string.Join("; ", violations));
    }

    [TestCase("""{"statusCode":0,"referenceId":35}""", true)]
    [TestCase("""{"statusCode":0}""", true)]
    [TestCase("""{"statusCode":1,"statusMessage":"Parameter missing"}""", true)]
    [TestCase("""{"statusCode":1}""", false)]
    [TestCase("""{"statusCode":2,"statusMessage":"x","referenceId":3}""", false)]
    public async Task Operation_responses_follow_ReturnValues(string body, bool valid)
    {
        var violations = await Catalog.ValidateHttpBodyAsync("operation-response", body);
        Assert.That(violations.Count == 0, Is.EqualTo(valid), string.Join("; ", violations));
    }
}
