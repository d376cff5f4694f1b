using LibraryLive.Web.Inventory;

namespace LibraryLive.Silo.Inventory;

/// <summary>
/// Draws an import's progress on one console line, at most a few times a second; when the output is not a
/// terminal, writes a line when a stage starts and at each tenth of it instead.
/// </summary>
public sealed class ConsoleProgressBar(TimeProvider time) : IProgress<ImportProgress>
{
    private const int Width = 30;

    private readonly object _gate = new();
    private readonly long _started = time.GetTimestamp();
    private string _stage = "";
    private long _drawn;

    public void Report(ImportProgress value)
    {
        lock (_gate)
        {
            var newStage = value.Stage != _stage;
            var now = time.GetTimestamp();
            if (!newStage
                && value.Done < value.Total
                && time.GetElapsedTime(_drawn, now) < TimeSpan.FromMilliseconds(200))
            {
                return;
            }

            _drawn = now;
            var elapsed = time.GetElapsedTime(_started, now);
            if (Console.IsOutputRedirected)
            {
                var tenth = Math.Max(1, value.Total / 10);
                if (newStage || value.Done % tenth == 0)
                {
                    Console.WriteLine($"{elapsed:mm\\:ss} {value.Stage}: {value.Done}/{value.Total}");
                }
            }
            else
            {
                var filled = value.Total == 0 ? Width : (int)((long)Width * value.Done / value.Total);
                Console.Write(
                    $"\r{(newStage && _stage.Length > 0 ? Environment.NewLine : "")}"
                    + $"{elapsed:mm\\:ss} [{new string('#', filled)}"
                    + $"{new string('-', Width - filled)}] {value.Stage} {value.Done}/{value.Total}   ");
            }

            _stage = value.Stage;
        }
    }
}
