namespace Conformance.Harness.Notifications;

/// <summary>What the referenceId column of a notification table asks for.</summary>
public enum ReferenceExpectation
{
    /// <summary>"any": not checked.</summary>
    Any,

    /// <summary>"request": equals the referenceId of the HTTP answer (any integer when the answer had none).</summary>
    Request,

    /// <summary>"none": absent.</summary>
    None,
}
