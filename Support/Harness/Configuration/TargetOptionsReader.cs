using System.Globalization;
using System.Text.RegularExpressions;
using Conformance.GwsProtocol;

namespace Conformance.Harness.Configuration;

/// <summary>
/// Reads a <see cref="TargetOptions"/> from the run parameters and the environment. Every problem is
/// collected, so a misconfigured profile gives one error naming all of them before any scenario runs.
/// </summary>
public static partial class TargetOptionsReader
{
    // Parameter names of runsettings/*.runsettings (README "Running against another target").
    public const string Target = "Target";
    public const string BaseUrl = "BaseUrl";
    public const string AgentAccounts = "AgentAccounts";
    public const string AgentPassword = "AgentPassword";
    public const string AgentPasswordVariable = "AgentPasswordVariable";
    public const string NoImDeviceAccount = "NoImDeviceAccount";
    public const string MultiImDeviceAccount = "MultiImDeviceAccount";
    public const string SupervisorAccounts = "SupervisorAccounts";
    public const string ChatIdleQueue = "ChatIdleQueue";
    public const string SmsIdleQueue = "SmsIdleQueue";
    public const string ChatTopic = "ChatTopic";
    public const string SmsTopic = "SmsTopic";
    public const string ImTopic = "ImTopic";
    public const string NotificationTimeoutSeconds = "NotificationTimeoutSeconds";
    public const string QuietPeriodSeconds = "QuietPeriodSeconds";
    public const string HttpTimeoutSeconds = "HttpTimeoutSeconds";
    public const string Csrf = "Csrf";
    public const string InboundInteractions = "InboundInteractions";
    public const string AbsenceCheck = "AbsenceCheck";
    public const string ControlUrl = "ControlUrl";
    public const string MockServerAssembly = "MockServerAssembly";
    public const string MockDeviations = "MockDeviations";

    public static TargetOptions Read(Func<string, string?> parameter, Func<string, string?> environment)
    {
        var problems = new List<string>();
        string? Get(string name) => string.IsNullOrWhiteSpace(parameter(name)) ? null : parameter(name)!.Trim();

        var kind = (Get(Target) ?? "mock").ToLowerInvariant() switch
        {
            "mock" => TargetKind.Mock,
            "mock-process" => TargetKind.MockProcess,
            "remote" => TargetKind.Remote,
            var other => Problem<TargetKind>(problems, $"{Target}=\"{other}\" is not one of mock, mock-process, remote"),
        };
        var isMock = kind != TargetKind.Remote;

        var baseUrl = OptionalUri(Get(BaseUrl), BaseUrl, problems);
        if (kind == TargetKind.Remote && baseUrl is null)
        {
            problems.Add($"{BaseUrl} is required for Target=remote (e.g. http://gws.example:8090)");
        }

        var accounts = ExpandAccounts(Get(AgentAccounts) ?? (isMock ? MockDefaults.AgentAccounts : ""));
        if (accounts.Count < 4)
        {
            problems.Add($"{AgentAccounts} must name at least 4 agent accounts (a scenario uses up to 4); got {accounts.Count}");
        }

        var password = ReadPassword(Get(AgentPassword), Get(AgentPasswordVariable), isMock, environment, problems);
        var inbound = (Get(InboundInteractions) ?? (isMock ? "mock-control" : "none")).ToLowerInvariant() switch
        {
            "none" => InboundMode.None,
            "mock-control" => InboundMode.MockControl,
            var other => Problem<InboundMode>(problems, $"{InboundInteractions}=\"{other}\" is not one of none, mock-control"),
        };
        var controlUrl = OptionalUri(Get(ControlUrl), ControlUrl, problems)
            ?? (kind == TargetKind.Remote ? null : baseUrl is null ? null : new Uri(baseUrl, MockControlRoutes.DefaultPrefix));
        if (kind == TargetKind.Remote && inbound == InboundMode.MockControl && controlUrl is null)
        {
            problems.Add($"{InboundInteractions}=mock-control needs {ControlUrl} on Target=remote");
        }

        var absence = (Get(AbsenceCheck) ?? (isMock || controlUrl is not null ? "mock-barrier" : "quiet-period")).ToLowerInvariant() switch
        {
            "quiet-period" => Configuration.AbsenceCheck.QuietPeriod,
            "mock-barrier" => Configuration.AbsenceCheck.MockBarrier,
            var other => Problem<AbsenceCheck>(problems, $"{AbsenceCheck}=\"{other}\" is not one of quiet-period, mock-barrier"),
        };
        if (absence == Configuration.AbsenceCheck.MockBarrier && kind == TargetKind.Remote && controlUrl is null)
        {
            problems.Add($"{AbsenceCheck}=mock-barrier needs {ControlUrl}");
        }

        var options = new TargetOptions
        {
            Kind = kind,
            BaseUrl = baseUrl,
            AgentAccounts = accounts,
            AgentPassword = password ?? "",
            NoImDeviceAccount = Get(NoImDeviceAccount) ?? (isMock ? MockDefaults.NoImDeviceAccount : null),
            MultiImDeviceAccount = Get(MultiImDeviceAccount) ?? (isMock ? MockDefaults.MultiImDeviceAccount : null),
            SupervisorAccounts = ExpandAccounts(Get(SupervisorAccounts) ?? (isMock ? MockDefaults.SupervisorAccounts : "")),
            ChatIdleQueue = Get(ChatIdleQueue) ?? (isMock ? MockDefaults.ChatIdleQueue : null),
            SmsIdleQueue = Get(SmsIdleQueue) ?? (isMock ? MockDefaults.SmsIdleQueue : null),
            ChatTopic = Topic(Get(ChatTopic) ?? MockDefaults.ChatTopic, ChatTopic, problems),
            SmsTopic = Topic(Get(SmsTopic) ?? MockDefaults.SmsTopic, SmsTopic, problems),
            ImTopic = Topic(Get(ImTopic) ?? MockDefaults.ImTopic, ImTopic, problems),
            NotificationTimeout = Seconds(Get(NotificationTimeoutSeconds), 15, NotificationTimeoutSeconds, problems),
            QuietPeriod = Seconds(Get(QuietPeriodSeconds), 2, QuietPeriodSeconds, problems),
            HttpTimeout = Seconds(Get(HttpTimeoutSeconds), 30, HttpTimeoutSeconds, problems),
            Csrf = Flag(Get(Csrf), false, Csrf, problems),
            Inbound = inbound,
            Absence = absence,
            ControlUrl = controlUrl,
            MockServerAssembly = Get(MockServerAssembly),
            MockDeviations = ReadDeviations(Get(MockDeviations), isMock, problems),
        };

        if (problems.Count > 0)
        {
            throw new TargetConfigurationException(
                "The target profile is misconfigured (runsettings TestRunParameters and environment); no scenario was run:\n  - "
                + string.Join("\n  - ", problems));
        }

        return options;
    }

    /// <summary>"agent{01..40},extra" → agent01 … agent40, extra.</summary>
    public static IReadOnlyList<string> ExpandAccounts(string list)
    {
        var accounts = new List<string>();
        foreach (var item in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = RangePattern().Match(item);
            if (!range.Success)
            {
                accounts.Add(item);
                continue;
            }

            var from = int.Parse(range.Groups["from"].Value, CultureInfo.InvariantCulture);
            var to = int.Parse(range.Groups["to"].Value, CultureInfo.InvariantCulture);
            var width = range.Groups["from"].Value.Length;
            for (var i = from; i <= to; i++)
            {
                accounts.Add(range.Groups["prefix"].Value + i.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0') + range.Groups["suffix"].Value);
            }
        }

        return accounts;
    }

    private static string? ReadPassword(string? literal, string? variable, bool isMock, Func<string, string?> environment, List<string> problems)
    {
        if (variable is not null)
        {
            var value = environment(variable);
            if (string.IsNullOrEmpty(value))
            {
                problems.Add($"{AgentPasswordVariable} names the environment variable {variable}, which is not set");
            }

            return value;
        }

        if (literal is not null && !isMock)
        {
            problems.Add($"{AgentPassword} may only be written in a mock profile; for a remote target set {AgentPasswordVariable} to the name of an environment variable");
        }

        return literal ?? (isMock ? MockDefaults.AgentPassword : Problem<string>(problems, $"{AgentPasswordVariable} is required for Target=remote"));
    }

    private static string[] ReadDeviations(string? list, bool isMock, List<string> problems)
    {
        var names = list?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (names.Length > 0 && !isMock)
        {
            problems.Add($"{MockDeviations} applies only to a mock the harness starts (Target=mock or mock-process)");
        }

        foreach (var name in names.Where(n => !Enum.TryParse<MockServer.Hosting.Deviation>(n, out _)))
        {
            problems.Add($"{MockDeviations}: \"{name}\" is not one of {string.Join(", ", Enum.GetNames<MockServer.Hosting.Deviation>())}");
        }

        return names;
    }

    private static Uri? OptionalUri(string? value, string name, List<string> problems)
    {
        if (value is null)
        {
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        problems.Add($"{name}=\"{value}\" is not an absolute http(s) URL");
        return null;
    }

    private static string Topic(string value, string name, List<string> problems)
    {
        if (!value.StartsWith('/') || value.Contains('*', StringComparison.Ordinal))
        {
            problems.Add($"{name}=\"{value}\" is not a CometD channel name such as /v2/me/chats");
        }

        return value;
    }

    private static TimeSpan Seconds(string? value, double fallback, string name, List<string> problems)
    {
        if (value is null)
        {
            return TimeSpan.FromSeconds(fallback);
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= 600)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        problems.Add($"{name}=\"{value}\" is not a number of seconds between 0 and 600");
        return TimeSpan.FromSeconds(fallback);
    }

    private static bool Flag(string? value, bool fallback, string name, List<string> problems) => value?.ToLowerInvariant() switch
    {
        null => fallback,
        "on" or "true" => true,
        "off" or "false" => false,
        _ => Problem<bool>(problems, $"{name}=\"{value}\" is not on or off"),
    };

    private static T Problem<T>(List<string> problems, string problem)
    {
        problems.Add(problem);
        return default!;
    }

    [GeneratedRegex(@"^(?<prefix>[^{}]*)\{(?<from>\d+)\.\.(?<to>\d+)\}(?<suffix>[^{}]*)$")]
    private static partial Regex RangePattern();
}
