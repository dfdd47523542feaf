namespace Conformance.Gherkin.Hooks;

/// <summary>
/// A hook on a [Binding] class. With tags (written with or without @) it runs only for scenarios
/// (or features) carrying at least one of them. Hooks of one kind run by ascending
/// <see cref="Order"/>, After hooks included, then by declaring type and method name.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public abstract class HookAttribute(HookKind kind, string[] tags) : Attribute
{
    /// <summary>The default order, as in Reqnroll.</summary>
    public const int DefaultOrder = 10000;

    public HookKind Kind { get; } = kind;

    public IReadOnlyList<string> Tags { get; } = tags;

    public int Order { get; set; } = DefaultOrder;
}

/// <summary>Once before the first scenario; static. May take <see cref="Runtime.RunSetup"/> to register listeners and run-scoped objects.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class BeforeTestRunAttribute() : HookAttribute(HookKind.BeforeTestRun, []);

/// <summary>Once after the last scenario; static.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AfterTestRunAttribute() : HookAttribute(HookKind.AfterTestRun, []);

/// <summary>Before a feature's first scenario; static; tags are matched against the feature's tags.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class BeforeFeatureAttribute(params string[] tags) : HookAttribute(HookKind.BeforeFeature, tags);

/// <summary>After a feature's last scenario; static.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AfterFeatureAttribute(params string[] tags) : HookAttribute(HookKind.AfterFeature, tags);

[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class BeforeScenarioAttribute(params string[] tags) : HookAttribute(HookKind.BeforeScenario, tags);

/// <summary>Runs even when a step failed; <see cref="Runtime.ScenarioContext.Error"/> tells.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AfterScenarioAttribute(params string[] tags) : HookAttribute(HookKind.AfterScenario, tags);

[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class BeforeStepAttribute(params string[] tags) : HookAttribute(HookKind.BeforeStep, tags);

/// <summary>Runs after each executed step, also a failing one.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AfterStepAttribute(params string[] tags) : HookAttribute(HookKind.AfterStep, tags);
