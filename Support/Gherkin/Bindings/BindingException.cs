namespace Conformance.Gherkin.Bindings;

/// <summary>A binding cannot be used as written (parameter count, conversion, configuration): a Broken scenario.</summary>
public sealed class BindingException : Exception
{
    public BindingException()
    {
    }

    public BindingException(string message)
        : base(message)
    {
    }

    public BindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
