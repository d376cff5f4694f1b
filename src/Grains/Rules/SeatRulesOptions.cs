using Microsoft.Extensions.Options;

namespace LibraryLive.Rules;

/// <summary>
/// The library's seat rules, bound from the "SeatRules" configuration section. Defaults are the
/// library's own and are listed in docs/rules.md; a change there must change here too.
/// </summary>
public sealed class SeatRulesOptions
{
    public const string Section = "SeatRules";

    /// <summary>How long before a booking starts its check-in window opens.</summary>
    public TimeSpan CheckInOpensBefore { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long after a booking starts its check-in window closes.</summary>
    public TimeSpan CheckInClosesAfter { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan ShortestBooking { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan LongestBooking { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Bookings start and end on multiples of this step.</summary>
    public TimeSpan BookingStep { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Tomorrow's seats can be booked from this local time of day.</summary>
    public TimeOnly TomorrowOpensAt { get; set; } = new(20, 0);

    /// <summary>
    /// Requests for tomorrow arriving this soon after <see cref="TomorrowOpensAt"/> are gathered and allocated
    /// by lottery, so the fastest script does not win; after it, first come first served.
    /// </summary>
    public TimeSpan RushWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a seat is held for a student who stepped away.</summary>
    public TimeSpan AwayHold { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a seat is held for a student who stepped away during a meal window.</summary>
    public TimeSpan MealAwayHold { get; set; } = TimeSpan.FromMinutes(90);

    /// <summary>Local times of day, "HH:mm-HH:mm", during which stepping away earns the meal hold.</summary>
    public List<string> MealWindows { get; set; } = ["11:30-13:00", "17:00-18:30"];

    /// <summary>This many violations within <see cref="ViolationPeriod"/> bar a student from booking.</summary>
    public int ViolationsBeforeBar { get; set; } = 3;

    public TimeSpan ViolationPeriod { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan BarLength { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A student is reminded this long before their check-in window closes.</summary>
    public TimeSpan CheckInReminderBefore { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A student is reminded this long before their away hold runs out.</summary>
    public TimeSpan AwayReminderBefore { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a freed seat is offered to the first student waiting for it.</summary>
    public TimeSpan WaitlistOffer { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A gate swipe older than this is refused as stale rather than replayed into live state.</summary>
    public TimeSpan OldestAcceptedSwipe { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A gate swipe further ahead than this is refused: the gate's clock is wrong.</summary>
    public TimeSpan FurthestFutureSwipe { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the seat is held for a student stepping away at this local time of day.</summary>
    public TimeSpan AwayHoldAt(TimeOnly localTime) =>
        MealWindows.Select(ParseWindow).Any(w => w is { } window && window.From <= localTime && localTime < window.To)
            ? MealAwayHold
            : AwayHold;

    internal static (TimeOnly From, TimeOnly To)? ParseWindow(string window)
    {
        var parts = window.Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && TimeOnly.TryParse(parts[0], out var from)
            && TimeOnly.TryParse(parts[1], out var to)
            && from < to
            ? (from, to)
            : null;
    }
}

public sealed class SeatRulesOptionsValidator : IValidateOptions<SeatRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, SeatRulesOptions options)
    {
        var failures = new List<string>();
        if (options.CheckInOpensBefore < TimeSpan.Zero || options.CheckInClosesAfter <= TimeSpan.Zero)
        {
            failures.Add("SeatRules: the check-in window must open before or at the start and close after it.");
        }

        if (options.BookingStep <= TimeSpan.Zero)
        {
            failures.Add("SeatRules:BookingStep must be positive.");
        }

        if (options.ShortestBooking <= TimeSpan.Zero || options.LongestBooking < options.ShortestBooking)
        {
            failures.Add("SeatRules: ShortestBooking must be positive and not longer than LongestBooking.");
        }

        if (options.OldestAcceptedSwipe <= TimeSpan.Zero || options.FurthestFutureSwipe < TimeSpan.Zero)
        {
            failures.Add("SeatRules: OldestAcceptedSwipe must be positive and FurthestFutureSwipe not negative.");
        }

        foreach (var window in options.MealWindows.Where(w => SeatRulesOptions.ParseWindow(w) is null))
        {
            failures.Add($"SeatRules:MealWindows: '{window}' is not a window of the day like 11:30-13:00.");
        }

        if (options.ViolationsBeforeBar < 1
            || options.BarLength <= TimeSpan.Zero
            || options.ViolationPeriod <= TimeSpan.Zero)
        {
            failures.Add("SeatRules: ViolationsBeforeBar, ViolationPeriod and BarLength must be positive.");
        }

        if (options.AwayHold <= TimeSpan.Zero
            || options.MealAwayHold <= TimeSpan.Zero
            || options.WaitlistOffer <= TimeSpan.Zero)
        {
            failures.Add("SeatRules: AwayHold, MealAwayHold and WaitlistOffer must be positive.");
        }

        // Requests in the rush window wait for the draw at its end, within Orleans' 30-second response timeout.
        if (options.RushWindow < TimeSpan.Zero || options.RushWindow > TimeSpan.FromSeconds(20))
        {
            failures.Add("SeatRules:RushWindow must be from 0 (no lottery) to 20 seconds.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
