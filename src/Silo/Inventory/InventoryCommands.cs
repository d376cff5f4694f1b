using LibraryLive.Layout;

namespace LibraryLive.Silo.Inventory;

/// <summary>
/// The inventory's commands of the main program, run instead of the server when named first:
/// <c>generate</c> writes a year of exports; <c>import</c> and <c>report</c> are in docs/inventory.md.
/// </summary>
public static class InventoryCommands
{
    public static bool Handles(string[] args) => args.Length > 0 && args[0] is "generate";

    public static Task<int> RunAsync(string[] args)
    {
        var arguments = new CommandArguments(args);
        try
        {
            return Task.FromResult(args[0] switch
            {
                _ => Generate(arguments),
            });
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return Task.FromResult(2);
        }
    }

    private static int Generate(CommandArguments arguments)
    {
        var layout = LayoutLoader.Load(LibraryFiles.Resolve(arguments.Text("layout") ?? LibraryFiles.DefaultLayout));
        var shape = new YearShape(
            arguments.Number("year", DateTime.UtcNow.Year - 1),
            arguments.Number("readers", 3000),
            arguments.Number("seed", 1));
        var folder = arguments.Required("out");

        var year = new YearGenerator(layout, shape).Write(folder);

        Console.WriteLine($"Wrote {year.Readers} readers, {year.GateEvents} gate events and {year.Bookings} bookings "
            + $"of {shape.Year} for {layout.Library.Name} to {Path.GetFullPath(folder)}");
        return 0;
    }
}
