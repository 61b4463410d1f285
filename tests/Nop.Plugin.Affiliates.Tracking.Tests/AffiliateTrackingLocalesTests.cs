using System.Reflection;
using System.Text.RegularExpressions;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Tests;

/// <summary>
/// Every string the plugin shows must come from AffiliateTrackingLocales, or an admin sees a bare resource key.
/// </summary>
[TestFixture]
public class AffiliateTrackingLocalesTests
{
    private static readonly Assembly PluginAssembly = typeof(AffiliateTrackingPlugin).Assembly;

    private static IEnumerable<string> DisplayNameKeys() => PluginAssembly.GetTypes()
        .SelectMany(type => type.GetProperties())
        .Select(property => property.GetCustomAttributesData()
            .FirstOrDefault(a => a.AttributeType == typeof(NopResourceDisplayNameAttribute))?.ConstructorArguments[0].Value as string)
        .Where(key => key is not null)
        .Distinct();

    [Test]
    public void Resources_EveryModelDisplayName_HasTextAndHint()
    {
        var keys = DisplayNameKeys().ToList();

        Assert.That(keys, Is.Not.Empty);
        Assert.That(keys, Is.SubsetOf(AffiliateTrackingLocales.Resources.Keys));
        Assert.That(keys.Select(k => k + ".Hint"), Is.SubsetOf(AffiliateTrackingLocales.Resources.Keys));
    }

    [Test]
    public void Resources_EveryPluginKeyUsedInViews_Exists()
    {
        var viewsFolder = Path.Combine(RepositoryPaths.PluginFolder, "Views");
        var used = Directory.EnumerateFiles(viewsFolder, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), "\"(Plugins\\.Affiliates\\.Tracking\\.[A-Za-z0-9.]+)\"").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.That(used, Is.Not.Empty);
        Assert.That(used, Is.SubsetOf(AffiliateTrackingLocales.Resources.Keys));
    }

    [TestCase(typeof(AttributionModel))]
    [TestCase(typeof(CommissionType))]
    [TestCase(typeof(LifetimeCommissionMode))]
    public void Resources_EverySelectableEnumValue_HasText(Type enumType)
    {
        var keys = Enum.GetNames(enumType).Select(name => $"{AffiliateTrackingDefaults.LocalePrefix}Enums.{enumType.Name}.{name}");

        Assert.That(keys, Is.SubsetOf(AffiliateTrackingLocales.Resources.Keys));
    }
}
