using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class SlugRulesTests
{
    [TestCase("abc", true)]
    [TestCase("summer-sale", true)]
    [TestCase("alice-2026", true)]
    [TestCase("123", true)]
    [TestCase("ab", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    [TestCase("-abc", false)]
    [TestCase("abc-", false)]
    [TestCase("a--b", false)]
    [TestCase("Summer", false)]
    [TestCase("summer_sale", false)]
    [TestCase("summer sale", false)]
    [TestCase("café", false)]
    [TestCase("a/b", false)]
    public void IsValid_Slug_MatchesFormat(string slug, bool expected)
    {
        Assert.That(SlugRules.IsValid(slug), Is.EqualTo(expected));
    }

    [Test]
    public void IsValid_LengthLimits_AreInclusive()
    {
        Assert.That(SlugRules.IsValid(new string('a', SlugRules.MaxLength)), Is.True);
        Assert.That(SlugRules.IsValid(new string('a', SlugRules.MaxLength + 1)), Is.False);
    }

    [TestCase("Summer Sale", "summer-sale")]
    [TestCase("  Summer   Sale!!  ", "summer-sale")]
    [TestCase("Ünïcödé Straße", "unicode-strasse")]
    [TestCase("Crème brûlée – 20% off", "creme-brulee-20-off")]
    [TestCase("___", "")]
    [TestCase("", "")]
    [TestCase(null, "")]
    public void Suggest_Text_GivesReadableSlug(string text, string expected)
    {
        Assert.That(SlugRules.Suggest(text), Is.EqualTo(expected));
    }

    [Test]
    public void Suggest_LongText_StaysWithinMaxLengthAndValid()
    {
        var slug = SlugRules.Suggest(string.Join(' ', Enumerable.Repeat("word", 50)));

        Assert.That(slug.Length, Is.LessThanOrEqualTo(SlugRules.MaxLength));
        Assert.That(SlugRules.IsValid(slug), Is.True);
    }
}
