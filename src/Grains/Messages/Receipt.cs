namespace LibraryLive.Messages;

public enum ReceiptStatus
{
    Accepted,

    /// <summary>The message id was seen before; nothing changed this time.</summary>
    Duplicate,

    Refused,
}

/// <summary>Why a message was refused, so the HTTP layer can choose a status code.</summary>
public enum Refusal
{
    None,

    /// <summary>The request conflicts with the current state (seat taken, booking already held).</summary>
    Conflict,

    /// <summary>The request breaks a rule of the library (outside a window, too long, not inside).</summary>
    RuleBroken,

    /// <summary>The request names something that does not exist or is not the student's.</summary>
    NotFound,
}

/// <summary>The answer to every command: accepted, recognised as a duplicate, or refused with a reason.</summary>
[GenerateSerializer, Immutable, Alias("receipt")]
public sealed record Receipt(
    [property: Id(0)] string MessageId,
    [property: Id(1)] ReceiptStatus Status,
    [property: Id(2)] Refusal Refusal = Refusal.None,
    [property: Id(3)] string? Reason = null,
    [property: Id(4)] string? BookingId = null,
    [property: Id(5)] string? SeatId = null)
{
    public static Receipt Accepted(string messageId, string? bookingId = null) =>
        new(messageId, ReceiptStatus.Accepted, BookingId: bookingId);

    public static Receipt Refused(string messageId, Refusal refusal, string reason) =>
        new(messageId, ReceiptStatus.Refused, refusal, reason);

    public Receipt AsDuplicate() => this with { Status = ReceiptStatus.Duplicate };
}
