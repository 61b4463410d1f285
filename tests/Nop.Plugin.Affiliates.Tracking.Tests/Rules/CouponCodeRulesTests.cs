using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class CouponCodeRulesTests
{
    [TestCase("  abCD12 ", "ABCD12")]
    [TestCase("summer10", "SUMMER10")]
    [TestCase("ALICE", "ALICE")]
    [TestCase("\tab cd\n", "AB CD")]
    [TestCase("", "")]
    [TestCase("   ", "")]
    [TestCase(null, "")]
    public void Normalize_Code_IsTrimmedAndUpperCase(string code, string expected)
    {
        Assert.That(CouponCodeRules.Normalize(code), Is.EqualTo(expected));
    }

    [Test]
    public void Normalize_TurkishCulture_StillUsesInvariantUpperCase()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");

            Assert.That(CouponCodeRules.Normalize("idea"), Is.EqualTo("IDEA"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [TestCase("ABCD")]
    [TestCase("abcd")]
    [TestCase("  abCD12 ")]
    [TestCase("2026")]
    [TestCase("SUMMER2026ALICE")]
    public void Validate_LettersAndDigits_ReturnsNone(string code)
    {
        Assert.That(CouponCodeRules.Validate(code), Is.EqualTo(CouponCodeError.None));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\t\n")]
    public void Validate_NothingTyped_ReturnsEmpty(string code)
    {
        Assert.That(CouponCodeRules.Validate(code), Is.EqualTo(CouponCodeError.Empty));
    }

    [TestCase(1, CouponCodeError.TooShort)]
    [TestCase(3, CouponCodeError.TooShort)]
    [TestCase(4, CouponCodeError.None)]
    [TestCase(5, CouponCodeError.None)]
    [TestCase(19, CouponCodeError.None)]
    [TestCase(20, CouponCodeError.None)]
    [TestCase(21, CouponCodeError.TooLong)]
    [TestCase(100, CouponCodeError.TooLong)]
    public void Validate_Length_RespectsInclusiveLimits(int length, CouponCodeError expected)
    {
        Assert.That(CouponCodeRules.Validate(new string('A', length)), Is.EqualTo(expected));
    }

    [Test]
    public void Validate_SurroundingSpaces_DoNotCountTowardsLength()
    {
        Assert.That(CouponCodeRules.Validate("  " + new string('A', CouponCodeRules.MaxLength) + "  "), Is.EqualTo(CouponCodeError.None));
        Assert.That(CouponCodeRules.Validate(" ABC "), Is.EqualTo(CouponCodeError.TooShort));
    }

    [TestCase("AB CD")]
    [TestCase("AB-CD")]
    [TestCase("AB_CD")]
    [TestCase("SUMMER.10")]
    [TestCase("CAFÉ")]
    [TestCase("café")]
    [TestCase("STRAßE")]
    [TestCase("ÆBLE")]
    [TestCase("ＡＢＣＤ")]
    [TestCase("AB１２")]
    [TestCase("ABC٣")]
    [TestCase("ПРОМО")]
    [TestCase("ABC😀")]
    [TestCase("AB\u200BCD")]
    [TestCase("AB%20")]
    public void Validate_OtherThanAsciiLettersAndDigits_ReturnsInvalidCharacters(string code)
    {
        Assert.That(CouponCodeRules.Validate(code), Is.EqualTo(CouponCodeError.InvalidCharacters));
    }

    [TestCase("", true)]
    [TestCase("AZ09", true)]
    [TestCase("az09", false)]
    [TestCase("A Z", false)]
    [TestCase("É", false)]
    public void ContainsOnlyCodeCharacters_Text_AcceptsOnlyUpperCaseAscii(string text, bool expected)
    {
        Assert.That(CouponCodeRules.ContainsOnlyCodeCharacters(text), Is.EqualTo(expected));
    }

    [TestCase("alice7K", "ALICE7K")]
    [TestCase("alice7K", "alice7k")]
    [TestCase("alice7K", "Alice7K")]
    [TestCase(" SUMMER10 ", "summer10")]
    public void CreateTakenSet_ExistingCode_MatchesAnyCase(string existing, string candidate)
    {
        var taken = CouponCodeRules.CreateTakenSet([existing]);

        Assert.That(taken.Contains(candidate), Is.True);
        Assert.That(taken.Contains(CouponCodeRules.Normalize(candidate)), Is.True);
    }

    [Test]
    public void CreateTakenSet_FullWidthExistingCode_BlocksItsAsciiTwin()
    {
        var taken = CouponCodeRules.CreateTakenSet(["ｓｕｍｍｅｒ１０"]);

        Assert.That(taken.Contains("SUMMER10"), Is.True);
    }

    [Test]
    public void CreateTakenSet_BlankAndNullCodes_AreSkipped()
    {
        var taken = CouponCodeRules.CreateTakenSet([null, "", "  ", "ABCD"]);

        Assert.That(taken, Is.EquivalentTo(new[] { "ABCD" }));
    }

    [Test]
    public void CreateTakenSet_Null_ReturnsEmptySet()
    {
        Assert.That(CouponCodeRules.CreateTakenSet(null), Is.Empty);
    }

    [Test]
    public void CreateTakenSet_AddedCode_IsComparedWithoutCase()
    {
        var taken = CouponCodeRules.CreateTakenSet([]);
        taken.Add("ALICE7K");

        Assert.That(taken.Add("alice7k"), Is.False);
    }

    [TestCase("Zoë Müller", "ZOEMULLER")]
    [TestCase("Alice", "ALICE")]
    [TestCase("alice_smith-42", "ALICESMITH42")]
    [TestCase("Affiliate 1", "AFFILIATE1")]
    [TestCase("Jürgen Groß", "JURGENGROSS")]
    [TestCase("Ærø Øster", "AEROOSTER")]
    [TestCase("Łukasz Œuvre", "LUKASZOEUVRE")]
    [TestCase("François Doña", "FRANCOISDONA")]
    [TestCase("Ｊｏｈｎ", "JOHN")]
    [TestCase("ﬁnn", "FINN")]
    [TestCase("Björn 🚀 Borg", "BJORNBORG")]
    [TestCase("Иван Alex", "ALEX")]
    public void StemFromName_Name_KeepsAsciiLettersAndDigits(string name, string expected)
    {
        Assert.That(CouponCodeRules.StemFromName(name, CouponCodeRules.MaxLength), Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("!!!")]
    [TestCase("😀🎉")]
    [TestCase("Иван")]
    [TestCase("李小龍")]
    public void StemFromName_NothingUsable_ReturnsEmpty(string name)
    {
        Assert.That(CouponCodeRules.StemFromName(name, CouponCodeRules.MaxLength), Is.Empty);
    }

    [TestCase("Bartholomew Montgomery", 8, "BARTHOLO")]
    [TestCase("Groß", 3, "GRO")]
    [TestCase("Groß", 4, "GROS")]
    [TestCase("Alice", 5, "ALICE")]
    [TestCase("Alice", 0, "")]
    public void StemFromName_LongerThanMaxLength_IsCut(string name, int maxLength, string expected)
    {
        Assert.That(CouponCodeRules.StemFromName(name, maxLength), Is.EqualTo(expected));
    }
}
