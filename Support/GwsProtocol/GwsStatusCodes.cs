namespace Conformance.GwsProtocol;

/// <summary>The <c>statusCode</c> values of "Return Values".</summary>
public static class GwsStatusCodes
{
    public const int Ok = 0;
    public const int ParameterMissing = 1;
    public const int ParameterInvalidForState = 2;
    public const int OperationForbidden = 3;
    public const int InternalError = 4;
    public const int PermissionDenied = 5;
    public const int ResourceNotFound = 6;
    public const int PartialSuccess = 7;
    public const int ChangePasswordDemanded = 8;
    public const int ProcessingIncomplete = 9;
    public const int InputValidationError = 10;
    public const int ReadOnlyProperty = 11;
    public const int UnableToRetrieve = 12;
    public const int UnableToCreate = 13;
    public const int UnableToDelete = 14;
    public const int UnableToUpdate = 15;
    public const int UnableToAssign = 16;
    public const int UnableToUnassign = 17;
    public const int AlreadyExists = 18;
    public const int AlreadyInUse = 19;
    public const int NotAuthenticated = 20;

    /// <summary>The statusMessage documented for a request without credentials ("Return Values").</summary>
    public const string AccessDeniedMessage = "Access denied";

    /// <summary>The statusMessage documented for a second IM session ("IM Session API: InitiateIMSession").</summary>
    public const string InvalidStateMessage = "Invalid state";
}
