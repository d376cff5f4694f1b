using System.Text.Json;
using LibraryLive.Web.Intake;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace LibraryLive.Web.Api;

/// <summary>
/// Reads a request body ourselves rather than through parameter binding, so that a malformed body is
/// answered with a problem detail saying where the JSON is wrong instead of a bare 400.
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Body, IntakeResult? Problem)> Read<T>(HttpRequest request) where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, IntakeResult.NotJson());
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value;
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(
                request.Body,
                options.SerializerOptions,
                request.HttpContext.RequestAborted);
            return body is null ? (null, IntakeResult.Invalid("The body is empty.")) : (body, null);
        }
        catch (JsonException ex)
        {
            return (null, IntakeResult.Invalid($"The body is not valid: {ex.Message}"));
        }
    }
}
