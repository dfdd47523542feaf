using Conformance.Gherkin.Injection;
using Gherkin.Tests.Harness;

namespace Gherkin.Tests.Samples.Lifecycle;

/// <summary>One per run: created on first use, disposed after the last scenario.</summary>
[RunScoped]
public sealed class RunResource : IDisposable
{
    private readonly EventLog log;

    public RunResource(EventLog log)
    {
        this.log = log;
        log.Note("RunResource created");
    }

    public void Dispose() => log.Note("RunResource disposed");
}

/// <summary>Registered as an instance in a [BeforeTestRun] hook.</summary>
public sealed class RegisteredService
{
    public int Uses { get; set; }
}

/// <summary>One per scenario, shared by its bindings; depends on a run-scoped object.</summary>
public sealed class SharedContext : IAsyncDisposable
{
    private readonly EventLog log;

    public SharedContext(RunResource resource, EventLog log)
    {
        Resource = resource;
        this.log = log;
        log.Note($"SharedContext created {Id}");
    }

    public Guid Id { get; } = Guid.NewGuid();

    public RunResource Resource { get; }

    public string? Value { get; set; }

    public async ValueTask DisposeAsync()
    {
        await Task.Yield();
        log.Note($"SharedContext disposed {Id}");
    }
}
