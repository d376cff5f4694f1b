using LibraryLive.Messages;

namespace LibraryLive.Web.Intake;

/// <summary>What became of an incoming message: a receipt from the grains, or why it never reached them.</summary>
public sealed record IntakeResult(Receipt? Receipt, IntakeProblem? Problem, bool UnknownCard = false)
{
    public static IntakeResult Of(Receipt receipt) => new(receipt, null);

    public static IntakeResult Invalid(string detail, IDictionary<string, string[]>? errors = null) =>
        new(null, new IntakeProblem(StatusCodes.Status400BadRequest, "The message is malformed", detail, errors));

    public static IntakeResult NotJson() =>
        new(null, new IntakeProblem(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON",
            "The body must be JSON (Content-Type: application/json).", null));

    public static IntakeResult NotFound(string detail) =>
        new(null, new IntakeProblem(StatusCodes.Status404NotFound, "Not found", detail, null));

    public static IntakeResult Unprocessable(string detail) =>
        new(null, new IntakeProblem(
            StatusCodes.Status422UnprocessableEntity,
            "The message cannot be accepted",
            detail,
            null));
}

public sealed record IntakeProblem(int Status, string Title, string Detail, IDictionary<string, string[]>? Errors);
