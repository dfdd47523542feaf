using Conformance.Gherkin.Injection;

namespace Conformance.Gherkin.Runtime;

/// <summary>Run-scoped registrations made in a [BeforeTestRun] hook (through <see cref="RunSetup.Services"/>).</summary>
public sealed class RunServices
{
    private readonly ObjectScope runScope;
    private readonly Func<bool> isOpen;

    internal RunServices(ObjectScope runScope, Func<bool> isOpen)
    {
        this.runScope = runScope;
        this.isOpen = isOpen;
    }

    /// <summary>
    /// Every scenario receives <paramref name="instance"/> when a constructor asks for
    /// <typeparamref name="TService"/>; the run disposes it at the end.
    /// </summary>
    public RunServices Add<TService>(TService instance)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(instance);
        EnsureOpen();
        runScope.Add(typeof(TService), instance, owned: true);
        return this;
    }

    /// <summary>Gets (creating if needed) the run-scoped <typeparamref name="T"/>, e.g. to start it before the first scenario.</summary>
    public T Get<T>()
        where T : class => (T)runScope.Resolve(typeof(T));

    private void EnsureOpen()
    {
        if (!isOpen())
        {
            throw new InvalidOperationException("run-scoped registrations are only possible in [BeforeTestRun] hooks");
        }
    }
}
