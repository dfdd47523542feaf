using System.Reflection;
using NUnit.Framework.Interfaces;

namespace Conformance.Gherkin.TestFramework;

/// <summary>NUnit's own "accept everything" pre-filter is internal (feasibility.md 3, approach C).</summary>
internal sealed class AcceptAllPreFilter : IPreFilter
{
    public bool IsMatch(Type type) => true;

    public bool IsMatch(Type type, MethodInfo method) => true;
}
