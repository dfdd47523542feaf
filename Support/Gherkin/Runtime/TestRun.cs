using System.Collections.Concurrent;
using System.Reflection;
using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Hooks;
using Conformance.Gherkin.Injection;
using Conformance.Gherkin.Loading;
using Conformance.Gherkin.Results;

namespace Conformance.Gherkin.Runtime;

/// <summary>
/// One run of a feature catalog: bindings, the run scope, listeners and the collected results.
/// Started before the first scenario and finished after the last by the run fixture
/// (NUnit/RunFixture), so RunStarted/RunFinished bracket every scenario, filtered or parallel.
/// </summary>
internal sealed class TestRun(FeatureCatalog catalog, IReadOnlyList<Assembly> bindingAssemblies, Func<Type, bool>? typeFilter = null, Action<RunSetup>? configure = null)
{
    private readonly ConcurrentQueue<FeatureResult> featureResults = new();
    private readonly RunListeners listeners = new();
    private BindingRegistry? registry;
    private ObjectScope? scope;
    private RunInfo? info;
    private volatile bool acceptingRegistrations;

    public FeatureCatalog Catalog { get; } = catalog;

    public IReadOnlyList<Assembly> BindingAssemblies { get; } = bindingAssemblies;

    /// <summary>Limits which types count as bindings and listeners (the library's own tests run several samples from one assembly).</summary>
    public Func<Type, bool> TypeFilter { get; } = typeFilter ?? (_ => true);

    /// <summary>The registry as the binding check sees it, built fresh.</summary>
    public BindingRegistry BuildRegistry() => BindingRegistry.FromTypes(BindingAssemblies.SelectMany(a => a.GetTypes()).Where(TypeFilter));

    public RunListeners Listeners => listeners;

    public BindingRegistry Registry => registry ?? throw NotStarted();

    public ObjectScope Scope => scope ?? throw NotStarted();

    /// <summary>Set when bindings or a [BeforeTestRun] hook failed: every scenario is then Broken with it.</summary>
    public Failure? StartFailure { get; private set; }

    /// <summary>Never throws: a failure becomes <see cref="StartFailure"/>, so NUnit still runs (and reports) each scenario.</summary>
    public async Task StartAsync()
    {
        info = new RunInfo(DateTimeOffset.UtcNow, Catalog.Root);
        scope = ObjectScope.ForRun(t => t.IsDefined(typeof(RunScopedAttribute), inherit: false));
        var setup = new RunSetup(listeners, new RunServices(scope, () => acceptingRegistrations), Catalog.Root);
        scope.Add(typeof(RunSetup), setup, owned: false);
        scope.Add(typeof(RunListeners), listeners, owned: false);
        try
        {
            registry = BuildRegistry();
            if (registry.Errors.Count > 0)
            {
                StartFailure = Failure.Broken(
                    "The bindings cannot be used:" + Environment.NewLine + string.Join(Environment.NewLine, registry.Errors.Select(e => "  " + e)),
                    "Conformance.Gherkin.BindingError");
            }
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or TypeLoadException or FileNotFoundException)
        {
            registry = BindingRegistry.FromTypes([]);
            StartFailure = Failure.From(e);
        }

        if (StartFailure is null)
        {
            acceptingRegistrations = true;
            configure?.Invoke(setup);
            StartFailure = await RunHooksAsync(HookKind.BeforeTestRun, scope);
            acceptingRegistrations = false;
        }

        var listenerTypes = BindingAssemblies.SelectMany(a => a.GetCustomAttributes<RunListenerAttribute>()).Select(a => a.ListenerType).Where(TypeFilter).Distinct();
        foreach (var type in listenerTypes)
        {
            try
            {
                listeners.Add((IRunListener)scope.Resolve(type));
            }
            catch (Exception e)
            {
                StartFailure ??= Failure.From(e);
            }
        }

        listeners.Publish(nameof(IRunListener.RunStarted), l => l.RunStarted(info));
    }

    public void Record(FeatureResult result) => featureResults.Enqueue(result);

    /// <summary>Runs [AfterTestRun] hooks, raises RunFinished and disposes run-scoped objects; throws what went wrong there.</summary>
    public async Task FinishAsync()
    {
        var errors = new List<string>();
        if (registry is not null && scope is not null && StartFailure is null)
        {
            var failure = await RunHooksAsync(HookKind.AfterTestRun, scope, stopAtFirst: false);
            if (failure is not null)
            {
                errors.Add(failure.Error.Message);
            }
        }

        var features = featureResults.OrderBy(f => f.Feature.RelativePath, StringComparer.Ordinal).ToList();
        listeners.Publish(nameof(IRunListener.RunFinished), l => l.RunFinished(new RunResult(info!, DateTimeOffset.UtcNow, features)));
        if (scope is not null)
        {
            try
            {
                await scope.DisposeAsync();
            }
            catch (AggregateException e)
            {
                errors.AddRange(e.InnerExceptions.Select(x => $"disposing a run-scoped object: {x.GetType().Name}: {x.Message}"));
            }
        }

        errors.AddRange(listeners.Errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The test run did not end cleanly:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }
    }

    /// <summary>Runs the hooks of one kind; returns the first failure (after running all when <paramref name="stopAtFirst"/> is false).</summary>
    public async Task<Failure?> RunHooksAsync(HookKind kind, ObjectScope hookScope, IEnumerable<string>? tags = null, bool stopAtFirst = true)
    {
        Failure? first = null;
        foreach (var hook in Registry.HooksFor(kind, tags ?? []))
        {
            try
            {
                await MethodInvoker.InvokeHookAsync(hook.Method, hookScope);
            }
            catch (Exception e)
            {
                var failure = Failure.From(e);
                first ??= failure with { Error = failure.Error with { Message = failure.Outcome == Outcome.Broken ? $"{hook.Description} threw {failure.Error.ExceptionType}: {failure.Error.Message}" : failure.Error.Message } };
                if (stopAtFirst)
                {
                    break;
                }
            }
        }

        return first;
    }

    private static InvalidOperationException NotStarted() => new("the test run has not started (its run fixture did not set up)");
}
