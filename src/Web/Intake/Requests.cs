using LibraryLive.Gates;

namespace LibraryLive.Web.Intake;

// What arrives over HTTP. Every field is optional here so that a missing one is reported by name
// instead of failing deserialization with a message a gate vendor cannot act on.

public sealed record SwipeRequest(
    string? EventId,
    string? CardId,
    string? GateId,
    SwipeDirection? Direction,
    DateTimeOffset? At);

/// <summary>A booking; during tomorrow's rush, the alternatives are the seats wanted next, in order.</summary>
public sealed record BookingRequest(
    string? CommandId,
    string? SeatId,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    IReadOnlyList<string>? Alternatives = null);

/// <summary>A command about an existing booking or seat: cancel, check in, leave.</summary>
public sealed record SeatCommandRequest(string? CommandId);
