using System.Reflection;
using NUnit.Framework.Interfaces;

namespace Conformance.Gherkin.TestFramework;

/// <summary>NUnit's own "accept everything" pre-filter is internal, so the runner supplies its own.</summary>
internal sealed class AcceptAllPreFilter : IPreFilter
{
    public bool IsMatch(Type type) => true;

    public bool IsMatch(Type type, MethodInfo method) => true;
}
