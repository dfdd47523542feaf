using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws.Http;

/// <summary>
/// HTTP status per statusCode. The docs state only 403 (CSRF) and 404 (disabled feature); the rest
/// follows docs/inferences.md#http-status-codes and is documented in the README. The body always carries
/// the statusCode, which is what clients key on.
/// </summary>
internal static class StatusMapping
{
    public static int HttpStatusFor(int statusCode) => statusCode switch
    {
        GwsStatusCodes.Ok or GwsStatusCodes.PartialSuccess => Microsoft.AspNetCore.Http.StatusCodes.Status200OK,
        GwsStatusCodes.NotAuthenticated => Microsoft.AspNetCore.Http.StatusCodes.Status401Unauthorized,
        GwsStatusCodes.OperationForbidden or GwsStatusCodes.PermissionDenied => Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden,
        GwsStatusCodes.ResourceNotFound => Microsoft.AspNetCore.Http.StatusCodes.Status404NotFound,
        GwsStatusCodes.AlreadyExists or GwsStatusCodes.AlreadyInUse => Microsoft.AspNetCore.Http.StatusCodes.Status409Conflict,
        GwsStatusCodes.InternalError => Microsoft.AspNetCore.Http.StatusCodes.Status500InternalServerError,
        _ => Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest,
    };
}
