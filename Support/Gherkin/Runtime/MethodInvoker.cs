using System.Reflection;
using Conformance.Gherkin.Injection;

namespace Conformance.Gherkin.Runtime;

/// <summary>Calls a binding or hook method on its scope's instance and awaits it when it is async.</summary>
internal static class MethodInvoker
{
    public static Task InvokeHookAsync(MethodInfo method, ObjectScope scope)
    {
        var arguments = method.GetParameters().Select(p => scope.Resolve(p.ParameterType)).ToArray();
        return InvokeAsync(method, scope, arguments);
    }

    public static async Task InvokeAsync(MethodInfo method, ObjectScope scope, object?[] arguments)
    {
        var target = method.IsStatic ? null : scope.Resolve(method.DeclaringType!);
        var result = method.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        switch (result)
        {
            case Task task:
                await task;
                break;
            case ValueTask valueTask:
                await valueTask;
                break;
        }
    }
}
