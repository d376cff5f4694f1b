using LibraryLive.Gates;
using LibraryLive.Inventory;
using LibraryLive.Layout;
using LibraryLive.Seats;

namespace LibraryLive;

/// <summary>
/// The calls by which the live grains tell the inventory what happened: one line at each place. In the root
/// namespace, so that the student and seat grains call them without a using of their own.
/// </summary>
public static class InventoryHooks
{
    /// <summary>Counts an accepted swipe in the reader's year (and the neighbouring year's, near a new year).</summary>
    public static Task CountSwipe(this IGrainFactory grains, LibraryLayout layout, string studentId, GateSwipe swipe)
    {
        if (!layout.GatesById.TryGetValue(swipe.GateId, out var gate) || layout.Of(gate) is not { } place)
        {
            return Task.CompletedTask;
        }

        var reading = new ReaderSwipe(swipe.EventId, place, swipe.Direction, swipe.At);
        return Task.WhenAll(ReaderYears.KeepingYears(layout.LocalDate(swipe.At))
            .Select(year => grains.GetGrain<IReaderYearGrain>(YearKeys.Of(studentId, year)).Record(reading)));
    }

    /// <summary>Counts a booking that has ended for the seat awards; a cancelled booking counts for nothing.</summary>
    public static Task CountBookingEnd(
        this IGrainFactory grains,
        LibraryLayout layout,
        string seatId,
        Booking booking,
        BookingEnd end)
    {
        var status = end switch
        {
            BookingEnd.NoShow => BookingStatus.NoShow,

            // Ended otherwise (left, finished, away too long, released by staff): it counts if it was used.
            _ when end != BookingEnd.Cancelled && booking.CheckedInAt is not null => BookingStatus.Completed,
            _ => BookingStatus.Cancelled,
        };
        if (status == BookingStatus.Cancelled)
        {
            return Task.CompletedTask;
        }

        var outcome = new BookingOutcome(booking.BookingId, booking.StudentId, seatId, booking.Start, status);
        return grains.GetGrain<ISeatYearGrain>(YearKeys.Of(seatId, layout.LocalDate(booking.Start).Year))
            .Count([outcome]);
    }
}
