using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Packaging;

/// <summary>
/// Checks artifacts/Nop.Plugin.Affiliates.Tracking-{Version}.zip (built by build/package.proj) against the rules
/// nopCommerce 4.90 applies when a zip is uploaded on Admin > Configuration > Local plugins and when the
/// plugin folder is loaded at the next start.
/// </summary>
[TestFixture]
public class PluginPackageTests
{
    private const string CurrentNopVersion = "4.90";
    private const string DescriptorFileName = "plugin.json";
    private const string PluginAssemblyFileName = "Nop.Plugin.Affiliates.Tracking.dll";
    private const string PluginAssemblyName = "Nop.Plugin.Affiliates.Tracking";
    private const string PluginFolderName = "Affiliates.Tracking";
    private const string PluginSystemName = "Affiliates.Tracking";
    private const string UploadedItemsFileName = "uploadedItems.json";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // Assemblies nopCommerce 4.90 ships with the host application; a plugin folder must not carry its own copies.
    private static readonly Regex HostAssemblyPattern = new(
        @"^(Nop\..+|FluentMigrator.*|linq2db.*|Microsoft\..+|System\..+|Newtonsoft.*|Autofac.*|AutoMapper.*|FluentValidation.*)\.dll$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private string _repositoryRoot;
    private string _zipPath;
    private IReadOnlyList<PackageEntry> _entries;

    [OneTimeSetUp]
    public void LoadPackage()
    {
        _repositoryRoot = FindRepositoryRoot();
        var version = ReadDescriptor(File.ReadAllText(Path.Combine(_repositoryRoot, DescriptorFileName))).Version;
        Assert.That(version, Is.Not.Null.And.Not.Empty, "plugin.json at the repository root has no Version");

        _zipPath = Path.Combine(_repositoryRoot, "artifacts", $"Nop.Plugin.Affiliates.Tracking-{version}.zip");
        if (!File.Exists(_zipPath))
            BuildPackage();

        Assert.That(File.Exists(_zipPath), Is.True, $"build/package.proj did not produce {_zipPath}");

        using var archive = ZipFile.OpenRead(_zipPath);
        _entries = archive.Entries.Select(PackageEntry.Read).ToList();
    }

    [Test]
    public void Zip_HasNoUploadedItemsManifest_SoNopUsesSingleItemMode()
    {
        var manifest = _entries.Where(entry => !entry.FullName.Contains('/')
            && string.Equals(entry.FullName, UploadedItemsFileName, StringComparison.OrdinalIgnoreCase));

        Assert.That(manifest, Is.Empty);
    }

    [Test]
    public void Zip_EntryNames_UseForwardSlashes()
    {
        Assert.That(_entries.Where(entry => entry.FullName.Contains('\\')).Select(entry => entry.FullName), Is.Empty);
    }

    [Test]
    public void Zip_AllEntries_ShareOneRootFolderNamedAfterThePluginFolder()
    {
        var rootDirectories = _entries.Select(entry => entry.FullName.Split('/')[0]).Distinct().ToList();

        Assert.That(_entries, Is.Not.Empty);
        Assert.That(rootDirectories, Is.EqualTo(new[] { PluginFolderName }));
        Assert.That(_entries.Where(entry => !entry.FullName.StartsWith(PluginFolderName + "/", StringComparison.Ordinal))
            .Select(entry => entry.FullName), Is.Empty, "files directly in the zip root");
    }

    [Test]
    public void Zip_SingleRootFolder_HoldsDescriptorAndAssembly()
    {
        var root = SingleRootFolder();

        Assert.That(FindEntry($"{root}/{DescriptorFileName}"), Is.Not.Null, $"{root}/{DescriptorFileName} is missing");
        Assert.That(FindEntry($"{root}/{PluginAssemblyFileName}"), Is.Not.Null, $"{root}/{PluginAssemblyFileName} is missing");
    }

    [Test]
    public void Descriptor_DeclaresSystemNameVersionAndSupportedNopVersion()
    {
        var descriptor = ReadPackagedDescriptor();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(descriptor.SystemName, Is.EqualTo(PluginSystemName));
            Assert.That(descriptor.Group, Is.Not.Null.And.Not.Empty.And.Not.WhiteSpace);
            Assert.That(descriptor.FriendlyName, Is.Not.Null.And.Not.Empty.And.Not.WhiteSpace);
            Assert.That(descriptor.Author, Is.Not.Null.And.Not.Empty.And.Not.WhiteSpace);
            Assert.That(descriptor.Version, Is.Not.Null.And.Not.Empty.And.Not.WhiteSpace);
            Assert.That(descriptor.SupportedVersions, Does.Contain(CurrentNopVersion).IgnoreCase);
            Assert.That(descriptor.FileName, Is.EqualTo(PluginAssemblyFileName).IgnoreCase);
            Assert.That(descriptor.DisplayOrderIsValid, Is.True, "DisplayOrder must be an integer when present");
        }
    }

    [Test]
    public void Descriptor_IsTheRepositoryPluginJson_AndItsVersionNamesTheZip()
    {
        var packaged = ReadPackagedDescriptor();
        var repository = ReadDescriptor(File.ReadAllText(Path.Combine(_repositoryRoot, DescriptorFileName)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(packaged.Version, Is.EqualTo(repository.Version), "the zip carries a stale plugin.json");
            Assert.That(packaged.SupportedVersions, Is.EqualTo(repository.SupportedVersions));
            Assert.That(Path.GetFileName(_zipPath), Is.EqualTo($"Nop.Plugin.Affiliates.Tracking-{packaged.Version}.zip"));
        }
    }

    [Test]
    public void Assembly_NamedByDescriptor_IsAManagedAssemblyWithTheExpectedName()
    {
        var root = SingleRootFolder();
        var fileName = ReadPackagedDescriptor().FileName;
        Assert.That(fileName, Is.Not.Null.And.Not.Empty);

        var entry = FindEntry($"{root}/{fileName}");
        Assert.That(entry, Is.Not.Null, $"{root}/{fileName} named by plugin.json is missing");

        using var peReader = new PEReader(new MemoryStream(entry.Content));
        Assert.That(peReader.HasMetadata, Is.True, $"{fileName} is not a .NET assembly");

        var metadata = peReader.GetMetadataReader();
        Assert.That(metadata.IsAssembly, Is.True, $"{fileName} is a module without an assembly manifest");
        Assert.That(metadata.GetString(metadata.GetAssemblyDefinition().Name), Is.EqualTo(PluginAssemblyName));
    }

    [Test]
    public void Logo_SitsInRootFolder_AndIsAPng()
    {
        var logo = FindEntry($"{SingleRootFolder()}/logo.png");

        Assert.That(logo, Is.Not.Null, "logo.png is missing from the plugin folder");
        Assert.That(logo.Content.Take(PngSignature.Length), Is.EqualTo(PngSignature), "logo.png is not a PNG file");
    }

    [Test]
    public void Views_AreRazorFiles_IncludingViewImports()
    {
        var viewsPrefix = $"{SingleRootFolder()}/Views/";
        var views = _entries
            .Where(entry => entry.FullName.StartsWith(viewsPrefix, StringComparison.OrdinalIgnoreCase)
                && entry.FullName.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase))
            .Select(entry => entry.FullName[viewsPrefix.Length..])
            .ToList();

        Assert.That(views, Is.Not.Empty, "no Views/**/*.cshtml in the package");
        Assert.That(views, Does.Contain("_ViewImports.cshtml").IgnoreCase);
    }

    [Test]
    public void Zip_ContainsNoAssembliesTheHostAlreadyShips()
    {
        var hostAssemblies = _entries
            .Where(entry => !string.Equals(entry.Name, PluginAssemblyFileName, StringComparison.OrdinalIgnoreCase)
                && HostAssemblyPattern.IsMatch(entry.Name))
            .Select(entry => entry.FullName);

        Assert.That(hostAssemblies, Is.Empty);
    }

    [Test]
    public void Zip_ContainsNoBuildByProducts()
    {
        var byProducts = _entries
            .Where(entry => entry.Name.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)
                || entry.Name.EndsWith(".deps.json", StringComparison.OrdinalIgnoreCase))
            .Select(entry => entry.FullName);

        Assert.That(byProducts, Is.Empty);
    }

    private string SingleRootFolder()
    {
        var roots = _entries.Select(entry => entry.FullName.Split('/')[0]).Distinct().ToList();
        Assert.That(roots, Has.Count.EqualTo(1), $"the archive must hold exactly one root folder, found: {string.Join(", ", roots)}");
        return roots[0];
    }

    private PackageEntry FindEntry(string fullName)
    {
        return _entries.FirstOrDefault(entry => string.Equals(entry.FullName, fullName, StringComparison.OrdinalIgnoreCase));
    }

    private Descriptor ReadPackagedDescriptor()
    {
        var path = $"{SingleRootFolder()}/{DescriptorFileName}";
        var entry = FindEntry(path);
        Assert.That(entry, Is.Not.Null, $"{path} is missing");
        return ReadDescriptor(System.Text.Encoding.UTF8.GetString(entry.Content));
    }

    private void BuildPackage()
    {
        var startInfo = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = _repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        };
        foreach (var argument in new[] { "build", "build/package.proj", "-c", "Release", "-nologo" })
            startInfo.ArgumentList.Add(argument);

        using var process = Process.Start(startInfo);
        Assert.That(process, Is.Not.Null, "could not start dotnet");

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet build build/package.proj -c Release did not finish within 10 minutes");
        }
        process.WaitForExit();

        if (process.ExitCode != 0)
            Assert.Fail($"dotnet build build/package.proj -c Release failed with exit code {process.ExitCode}:{Environment.NewLine}{output.Result}{error.Result}");
    }

    private static string FindRepositoryRoot()
    {
        // Build outputs may hold a copy of plugin.json too, so the root is where plugin.json sits next to build/package.proj.
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, DescriptorFileName))
                && File.Exists(Path.Combine(directory.FullName, "build", "package.proj")))
                return directory.FullName;
        }

        Assert.Fail($"no folder holding plugin.json and build/package.proj above {TestContext.CurrentContext.TestDirectory}");
        return null;
    }

    private static Descriptor ReadDescriptor(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip
        });
        var root = document.RootElement;
        Assert.That(root.ValueKind, Is.EqualTo(JsonValueKind.Object), "plugin.json must hold a JSON object");

        // nopCommerce reads plugin.json with Json.NET, which matches member names case-insensitively.
        JsonElement? Member(string name) => root.EnumerateObject()
            .Where(property => string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(property => (JsonElement?)property.Value)
            .FirstOrDefault();

        string Text(string name) => Member(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

        var supportedVersions = Member("SupportedVersions") is { ValueKind: JsonValueKind.Array } versions
            ? versions.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()).ToList()
            : [];
        var displayOrder = Member("DisplayOrder");

        return new Descriptor(
            Text("SystemName"),
            Text("Group"),
            Text("FriendlyName"),
            Text("Author"),
            Text("Version"),
            Text("FileName"),
            supportedVersions,
            displayOrder is null || (displayOrder.Value.ValueKind == JsonValueKind.Number && displayOrder.Value.TryGetInt32(out _)));
    }

    private sealed record Descriptor(
        string SystemName,
        string Group,
        string FriendlyName,
        string Author,
        string Version,
        string FileName,
        IReadOnlyList<string> SupportedVersions,
        bool DisplayOrderIsValid);

    private sealed record PackageEntry(string FullName, string Name, byte[] Content)
    {
        public static PackageEntry Read(ZipArchiveEntry entry)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return new PackageEntry(entry.FullName, entry.Name, buffer.ToArray());
        }
    }
}
