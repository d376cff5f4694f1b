namespace LibraryLive;

/// <summary>Where the sample library's files are, and how relative paths are found.</summary>
public static class LibraryFiles
{
    public const string DefaultLayout = "samples/medical-library/layout.json";

    public const string DefaultStudents = "samples/medical-library/students.csv";

    /// <summary>
    /// Resolves a relative path against the working folder, then against each folder above the
    /// application, so the sample is found from the repository root, a project folder or a test run.
    /// </summary>
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return path;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, path);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return path;
    }
}
