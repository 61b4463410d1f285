using System.Diagnostics;
using System.Text.Json;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Packaging;

/// <summary>
/// The one plugin project file must build against the real nopCommerce projects inside a nopCommerce tree and against
/// build/nop-reference elsewhere. MSBuild evaluates it here in both situations (nopCommerce itself cannot be restored here).
/// </summary>
[TestFixture]
public class PluginProjectTests
{
    private const string ProjectFileName = "Nop.Plugin.Affiliates.Tracking.csproj";

    private string _fakeTree;

    [OneTimeSetUp]
    public void CreateFakeNopTree()
    {
        // Just what the project looks for: the solution file and Nop.Web's project file.
        _fakeTree = Path.Combine(Path.GetTempPath(), "nop-tree-" + Guid.NewGuid().ToString("N"));
        var webFolder = Directory.CreateDirectory(Path.Combine(_fakeTree, "src", "Presentation", "Nop.Web"));
        File.WriteAllText(Path.Combine(_fakeTree, "src", "NopCommerce.sln"), string.Empty);
        File.WriteAllText(Path.Combine(webFolder.FullName, "Nop.Web.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup></Project>");
    }

    [OneTimeTearDown]
    public void DeleteFakeNopTree() => Directory.Delete(_fakeTree, recursive: true);

    [Test]
    public void Evaluate_OutsideNopTree_ReferencesTheSurfaceWithoutCopyingIt()
    {
        var result = Evaluate(Path.Combine(RepositoryPaths.PluginFolder, ProjectFileName));

        Assert.That(result.Property("UseNopSource"), Is.EqualTo("false"));
        Assert.That(NormalizePath(result.Property("OutDir")), Does.EndWith("/artifacts/Plugins/Affiliates.Tracking/"));
        var references = result.ProjectReferences();
        Assert.That(references.Select(r => Path.GetFileNameWithoutExtension(r.Path)), Is.EquivalentTo(new[]
        {
            "Nop.Core", "Nop.Data", "Nop.Services", "Nop.Web.Framework", "Nop.Web", "FluentMigrator.Abstractions", "FluentMigrator"
        }));
        Assert.That(references.Select(r => NormalizePath(r.Path)), Has.All.Contains("/build/nop-reference/"));
        Assert.That(references.Select(r => r.Private), Has.All.EqualTo("false"));
    }

    [Test]
    public void Evaluate_InsideNopTreePluginsFolder_ReferencesNopWebAndWritesToItsPluginsFolder()
    {
        var pluginFolder = Directory.CreateDirectory(Path.Combine(_fakeTree, "src", "Plugins", "Nop.Plugin.Affiliates.Tracking"));
        var projectFile = Path.Combine(pluginFolder.FullName, ProjectFileName);
        File.Copy(Path.Combine(RepositoryPaths.PluginFolder, ProjectFileName), projectFile, overwrite: true);

        var result = Evaluate(projectFile);

        Assert.That(result.Property("UseNopSource"), Is.EqualTo("true"));
        Assert.That(NormalizePath(result.Property("OutDir")), Does.EndWith("/src/Presentation/Nop.Web/Plugins/Affiliates.Tracking/"));
        Assert.That(result.ProjectReferences().Select(r => NormalizePath(r.Path)),
            Is.EqualTo(new[] { NormalizePath(Path.Combine(_fakeTree, "src", "Presentation", "Nop.Web", "Nop.Web.csproj")) }));
    }

    [Test]
    public void Evaluate_WithNopSourceRootProperty_ReferencesThatTree()
    {
        var result = Evaluate(Path.Combine(RepositoryPaths.PluginFolder, ProjectFileName), $"-p:NopSourceRoot={Path.Combine(_fakeTree, "src")}");

        Assert.That(result.Property("UseNopSource"), Is.EqualTo("true"));
        Assert.That(result.ProjectReferences().Single().Path, Does.EndWith("Nop.Web.csproj"));
    }

    private static string NormalizePath(string path) => Path.GetFullPath(path).Replace('\\', '/');

    private static Evaluation Evaluate(string projectFile, string extraArgument = null)
    {
        var arguments = new List<string> { "msbuild", projectFile, "-getProperty:UseNopSource", "-getProperty:OutDir", "-getItem:ProjectReference" };
        if (extraArgument is not null)
            arguments.Add(extraArgument);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        Assert.That(process.WaitForExit(120_000), Is.True, "dotnet msbuild did not finish in two minutes");
        Assert.That(process.ExitCode, Is.Zero, $"dotnet msbuild failed:\n{output}\n{error}");

        return new Evaluation(JsonDocument.Parse(output).RootElement.Clone());
    }

    private record Evaluation(JsonElement Root)
    {
        public string Property(string name) => Root.GetProperty("Properties").GetProperty(name).GetString();

        public IList<(string Path, string Private)> ProjectReferences() => Root.GetProperty("Items").GetProperty("ProjectReference")
            .EnumerateArray()
            .Select(item => (item.GetProperty("FullPath").GetString(), item.TryGetProperty("Private", out var p) ? p.GetString() : null))
            .ToList();
    }
}
