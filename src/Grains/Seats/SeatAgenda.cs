using LibraryLive.Rules;

namespace LibraryLive.Seats;

public enum AgendaStep
{
    RemindCheckIn,
    NoShow,
    RemindAway,
    AwayExpired,
    Finished,
}

/// <summary>
/// The seat's deadlines, worked out from its bookings and the rules alone, so they survive restarts with
/// the bookings themselves: whatever is due at a moment, and the next moment anything will be due.
/// </summary>
public static class SeatAgenda
{
    public static IEnumerable<(AgendaStep Step, Booking Booking)> Due(
        IEnumerable<Booking> bookings,
        SeatRulesOptions rules,
        DateTimeOffset now)
    {
        foreach (var booking in bookings)
        {
            if (booking.CheckedInAt is null)
            {
                var closes = booking.Start + rules.CheckInClosesAfter;
                if (now >= closes)
                {
                    yield return (AgendaStep.NoShow, booking);
                }
                else if (!booking.CheckInReminded && now >= closes - rules.CheckInReminderBefore)
                {
                    yield return (AgendaStep.RemindCheckIn, booking);
                }
            }
            else if (booking.AwayUntil is { } until && until < booking.End)
            {
                if (now >= until)
                {
                    yield return (AgendaStep.AwayExpired, booking);
                }
                else if (!booking.AwayReminded && now >= until - rules.AwayReminderBefore)
                {
                    yield return (AgendaStep.RemindAway, booking);
                }
            }
            else if (now >= booking.End)
            {
                yield return (AgendaStep.Finished, booking);
            }
        }
    }

    /// <summary>The next moment after <paramref name="now"/> at which something changes, if any.</summary>
    public static DateTimeOffset? NextWake(IEnumerable<Booking> bookings, SeatRulesOptions rules, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        void Consider(DateTimeOffset at)
        {
            if (at > now && (next is null || at < next))
            {
                next = at;
            }
        }

        foreach (var booking in bookings)
        {
            if (booking.CheckedInAt is null)
            {
                var closes = booking.Start + rules.CheckInClosesAfter;
                Consider(booking.Start - rules.CheckInOpensBefore);
                Consider(closes - rules.CheckInReminderBefore);
                Consider(closes);
            }
            else if (booking.AwayUntil is { } until)
            {
                Consider(until - rules.AwayReminderBefore);
                Consider(until);
                Consider(booking.End);
            }
            else
            {
                Consider(booking.End);
            }
        }

        return next;
    }
}
