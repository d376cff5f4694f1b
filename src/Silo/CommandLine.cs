namespace LibraryLive.Silo;

/// <summary>Turns the main command's flags into configuration keys.</summary>
public static class CommandLine
{
    /// <summary>
    /// "--simulate" alone switches the simulator on and "--speed N" sets its pace; every other argument
    /// passes through to ASP.NET Core's configuration as it is (for example "--urls" or "--Orleans:SiloPort").
    /// </summary>
    public static string[] ToConfigurationArguments(string[] args)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--simulate":
                    result.Add("--Simulator:Enabled=true");
                    break;
                case "--speed" when i + 1 < args.Length:
                    result.Add($"--Simulator:Speed={args[++i]}");
                    break;
                default:
                    result.Add(args[i]);
                    break;
            }
        }

        return result.ToArray();
    }
}
