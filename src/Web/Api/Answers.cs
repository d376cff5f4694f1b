using LibraryLive.Messages;
using LibraryLive.Web.Intake;

namespace LibraryLive.Web.Api;

/// <summary>Turns intake results into HTTP answers: receipts as JSON, refusals as RFC 7807 problem details.</summary>
internal static class Answers
{
    public static IResult From(IntakeResult result)
    {
        if (result.Problem is { } problem)
        {
            return problem.Errors is null
                ? Results.Problem(problem.Detail, statusCode: problem.Status, title: problem.Title)
                : Results.ValidationProblem(
                    problem.Errors,
                    problem.Detail,
                    statusCode: problem.Status,
                    title: problem.Title);
        }

        var receipt = result.Receipt!;

        // A repeated message gets the first answer again: a refusal stays a refusal, marked as a duplicate.
        if (receipt.Status == ReceiptStatus.Refused
            || receipt is { Status: ReceiptStatus.Duplicate, Refusal: not Refusal.None })
        {
            var status = receipt.Refusal switch
            {
                Refusal.NotFound => StatusCodes.Status404NotFound,
                Refusal.Conflict => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status422UnprocessableEntity,
            };
            return Results.Problem(
                receipt.Reason,
                statusCode: status,
                title: "Refused",
                extensions: new Dictionary<string, object?>
                {
                    ["messageId"] = receipt.MessageId,
                    ["duplicate"] = receipt.Status == ReceiptStatus.Duplicate,
                });
        }

        return Results.Ok(new ReceiptAnswer(
            receipt.MessageId,
            receipt.Status == ReceiptStatus.Duplicate,
            receipt.BookingId,
            receipt.SeatId,
            result.UnknownCard ? "The card is not in the registry; the swipe is kept for staff." : null));
    }
}

public sealed record ReceiptAnswer(string MessageId, bool Duplicate, string? BookingId, string? SeatId, string? Note);
