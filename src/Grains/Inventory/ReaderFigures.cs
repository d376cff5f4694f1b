namespace LibraryLive.Inventory;

/// <summary>A reader's figures over a span of dates (a week, a month or a year).</summary>
[GenerateSerializer, Immutable, Alias("reader-figures")]
public sealed record ReaderFigures(
    [property: Id(0)] int Visits,
    [property: Id(1)] int Days,
    [property: Id(2)] long Seconds,
    [property: Id(3)] int EarlyBird,
    [property: Id(4)] int NightOwl,
    [property: Id(5)] int Midnight,
    [property: Id(6)] int Streak,
    [property: Id(7)] int CurrentStreak,
    [property: Id(8)] DateOnly? LastVisit)
{
    public static readonly ReaderFigures Nothing = new(0, 0, 0, 0, 0, 0, 0, 0, null);

    public static ReaderFigures Over(IEnumerable<ReaderDay> diary, DateOnly from, DateOnly to)
    {
        int visits = 0, days = 0, earlyBird = 0, nightOwl = 0, midnight = 0, streak = 0, run = 0;
        var inside = TimeSpan.Zero;
        DateOnly? last = null;
        foreach (var day in diary.Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date))
        {
            inside += day.Inside;
            earlyBird += day.EarlyBird ? 1 : 0;
            nightOwl += day.NightOwl ? 1 : 0;
            midnight += day.Midnight ? 1 : 0;
            if (day.Visits == 0)
            {
                continue;
            }

            visits += day.Visits;
            days++;
            run = last == day.Date.AddDays(-1) ? run + 1 : 1;
            streak = Math.Max(streak, run);
            last = day.Date;
        }

        return new ReaderFigures(
            visits,
            days,
            (long)inside.TotalSeconds,
            earlyBird,
            nightOwl,
            midnight,
            streak,
            run,
            last);
    }

    /// <summary>The value of a reader award; hours are ranked in seconds, so that ties are exact.</summary>
    public long Score(Award award) => award switch
    {
        Award.Visits => Visits,
        Award.Days => Days,
        Award.Hours => Seconds,
        Award.EarlyBird => EarlyBird,
        Award.NightOwl => NightOwl,
        Award.Midnight => Midnight,
        Award.Streak => Streak,
        _ => throw new ArgumentOutOfRangeException(nameof(award), award, "not an award of a reader"),
    };
}
