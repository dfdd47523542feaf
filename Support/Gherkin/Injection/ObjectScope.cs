using System.Reflection;

namespace Conformance.Gherkin.Injection;

/// <summary>
/// Constructor injection with one instance per type per scope (issue #2): a scenario scope creates
/// what its bindings ask for and hands run-scoped types to its parent, the run scope. Objects are
/// disposed in reverse creation order when the scope ends.
/// </summary>
internal sealed class ObjectScope : IAsyncDisposable
{
    private readonly string name;
    private readonly ObjectScope? runScope;
    private readonly Func<Type, bool> isRunScoped;
    private readonly Dictionary<Type, object> instances = [];
    private readonly List<object> owned = [];
    private readonly Lock gate = new();
    private bool disposed;

    private ObjectScope(string name, ObjectScope? runScope, Func<Type, bool> isRunScoped)
    {
        this.name = name;
        this.runScope = runScope;
        this.isRunScoped = isRunScoped;
    }

    public static ObjectScope ForRun(Func<Type, bool> isRunScoped) => new("run", null, isRunScoped);

    public ObjectScope CreateChild(string childName) => new(childName, this, isRunScoped);

    /// <summary>Makes <paramref name="instance"/> the answer for <paramref name="type"/>; owned instances are disposed with the scope.</summary>
    public void Add(Type type, object instance, bool owned)
    {
        lock (gate)
        {
            if (!instances.TryAdd(type, instance))
            {
                throw new InvalidOperationException($"{type.FullName} is already registered in the {name} scope");
            }

            if (owned && !this.owned.Contains(instance))
            {
                this.owned.Add(instance);
            }
        }
    }

    public bool IsRegistered(Type type)
    {
        lock (gate)
        {
            return instances.ContainsKey(type);
        }
    }

    public object Resolve(Type type) => Resolve(type, []);

    public async ValueTask DisposeAsync()
    {
        List<object> toDispose;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            toDispose = [.. owned];
        }

        var errors = new List<Exception>();
        for (var i = toDispose.Count - 1; i >= 0; i--)
        {
            try
            {
                switch (toDispose[i])
                {
                    case IAsyncDisposable asyncDisposable:
                        await asyncDisposable.DisposeAsync();
                        break;
                    case IDisposable disposable:
                        disposable.Dispose();
                        break;
                }
            }
            catch (Exception e)
            {
                errors.Add(e);
            }
        }

        if (errors.Count > 0)
        {
            throw new AggregateException($"disposing the {name} scope failed", errors);
        }
    }

    private object Resolve(Type type, List<Type> path)
    {
        if (runScope is not null && (isRunScoped(type) || runScope.IsRegistered(type)) && !IsRegistered(type))
        {
            return runScope.Resolve(type, path);
        }

        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (instances.TryGetValue(type, out var existing))
            {
                return existing;
            }

            if (path.Contains(type))
            {
                throw new InvalidOperationException($"circular constructor dependency: {string.Join(" -> ", path.Append(type).Select(t => t.Name))}");
            }

            var instance = Create(type, [.. path, type]);
            instances[type] = instance;
            owned.Add(instance);
            return instance;
        }
    }

    private object Create(Type type, List<Type> path)
    {
        if (type.IsAbstract || type.IsInterface || type.IsPrimitive || type == typeof(string) || type.ContainsGenericParameters)
        {
            throw new InvalidOperationException(
                $"cannot create {type.FullName} for {Describe(path)} in the {name} scope: it is abstract or a primitive; register an instance with RunSetup.Services in a [BeforeTestRun] hook");
        }

        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"cannot create {type.FullName} for {Describe(path)} in the {name} scope: it has no public constructor");
        var arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType, path)).ToArray();
        return constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
    }

    private static string Describe(List<Type> path) => string.Join(" -> ", path.Select(t => t.Name));
}
