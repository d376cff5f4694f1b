using LibraryLive.Registry;

namespace LibraryLive.Web.Api;

/// <summary>
/// Decides which student a request acts for. This is the one place that enforces "a student acts only
/// on their own bookings": today it trusts the X-Student-Id header (or the "student" query parameter, for
/// browser WebSockets, which cannot send headers); securing access replaces this method.
/// </summary>
internal static class StudentIdentity
{
    public const string Header = "X-Student-Id";

    public static string? Resolve(HttpContext context, StudentRegistry registry, out IResult? problem)
    {
        var studentId = context.Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(studentId))
        {
            studentId = context.Request.Query["student"].ToString();
        }

        if (string.IsNullOrWhiteSpace(studentId) || !registry.TryGetById(studentId, out _))
        {
            problem = Results.Problem(
                $"Say which student is acting with the {Header} header, naming a student in the registry.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unknown student");
            return null;
        }

        problem = null;
        return studentId;
    }
}
