namespace Nop.Plugin.Affiliates.Tracking.Tests;

/// <summary>
/// Locates the repository from the test output folder, for tests that read the plugin's own files.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string PluginFolder => Path.Combine(Root, "Plugins", "Nop.Plugin.Affiliates.Tracking");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        // plugin.json alone is not enough: the plugin's build copies it into every output folder that references it.
        while (directory is not null
               && !(File.Exists(Path.Combine(directory.FullName, "plugin.json")) && File.Exists(Path.Combine(directory.FullName, "Nop.Plugin.Affiliates.Tracking.sln"))))
            directory = directory.Parent;

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (plugin.json next to the solution) was not found above the test folder.");
    }
}
