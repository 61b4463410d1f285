using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class CouponCodeAlphabetTests
{
    [TestCase('0')]
    [TestCase('O')]
    [TestCase('1')]
    [TestCase('I')]
    [TestCase('L')]
    public void Characters_LookAlike_IsLeftOut(char lookAlike)
    {
        Assert.That(CouponCodeAlphabet.Characters, Does.Not.Contain(lookAlike.ToString()));
        Assert.That(CouponCodeAlphabet.Contains(lookAlike), Is.False);
    }

    [Test]
    public void Characters_All_AreDistinctUpperCaseAsciiLettersAndDigits()
    {
        Assert.That(CouponCodeAlphabet.Characters, Has.Length.EqualTo(31));
        Assert.That(CouponCodeAlphabet.Characters.Distinct().Count(), Is.EqualTo(31));
        Assert.That(CouponCodeRules.ContainsOnlyCodeCharacters(CouponCodeAlphabet.Characters), Is.True);
    }

    [Test]
    public void Characters_EveryOtherLetterAndDigit_IsIncluded()
    {
        var expected = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".Where(c => "0O1IL".IndexOf(c) < 0);

        Assert.That(CouponCodeAlphabet.Characters, Is.EquivalentTo(expected));
    }

    [TestCase('A', true)]
    [TestCase('9', true)]
    [TestCase('a', false)]
    [TestCase('-', false)]
    public void Contains_Character_MatchesAlphabet(char c, bool expected)
    {
        Assert.That(CouponCodeAlphabet.Contains(c), Is.EqualTo(expected));
    }
}
