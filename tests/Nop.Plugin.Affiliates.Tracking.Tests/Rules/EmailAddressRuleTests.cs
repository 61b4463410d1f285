using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

public class EmailAddressRuleTests
{
    [TestCase("alice@example.com")]
    [TestCase("  alice@example.com  ")]
    [TestCase("a.b+payouts@sub.example.co.uk")]
    [TestCase("o'brien@example.ie")]
    [TestCase("x@a-b.io")]
    [TestCase("UPPER@EXAMPLE.COM")]
    public void Validate_ValidAddress_None(string email)
    {
        Assert.That(EmailAddressRule.Validate(email), Is.EqualTo(EmailAddressError.None));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_Empty_Empty(string email)
    {
        Assert.That(EmailAddressRule.Validate(email), Is.EqualTo(EmailAddressError.Empty));
    }

    [TestCase("alice")]
    [TestCase("@example.com")]
    [TestCase("alice@")]
    [TestCase("alice@@example.com")]
    [TestCase("a@b@example.com")]
    [TestCase("alice@example")]
    [TestCase("alice@example.c")]
    [TestCase("alice@127.0.0.1")]
    [TestCase("alice@[127.0.0.1]")]
    [TestCase(".alice@example.com")]
    [TestCase("alice.@example.com")]
    [TestCase("al..ice@example.com")]
    [TestCase("al ice@example.com")]
    [TestCase("alice@exa mple.com")]
    [TestCase("alice@-example.com")]
    [TestCase("alice@example-.com")]
    [TestCase("alice@example..com")]
    [TestCase("\"alice\"@example.com")]
    [TestCase("alice@exämple.com")]
    [TestCase("alice\r\nBcc: x@example.com")]
    [TestCase("<alice@example.com>")]
    [TestCase("alice@example.com,bob@example.com")]
    public void Validate_Malformed_Malformed(string email)
    {
        Assert.That(EmailAddressRule.Validate(email), Is.EqualTo(EmailAddressError.Malformed));
    }

    [Test]
    public void Validate_LocalPartBoundary_64AllowedAnd65Refused()
    {
        Assert.That(EmailAddressRule.Validate(new string('a', 64) + "@example.com"), Is.EqualTo(EmailAddressError.None));
        Assert.That(EmailAddressRule.Validate(new string('a', 65) + "@example.com"), Is.EqualTo(EmailAddressError.Malformed));
    }

    [Test]
    public void Validate_LabelBoundary_63AllowedAnd64Refused()
    {
        Assert.That(EmailAddressRule.Validate("a@" + new string('b', 63) + ".com"), Is.EqualTo(EmailAddressError.None));
        Assert.That(EmailAddressRule.Validate("a@" + new string('b', 64) + ".com"), Is.EqualTo(EmailAddressError.Malformed));
    }

    [Test]
    public void Validate_TotalLengthBoundary_254AllowedAnd255TooLong()
    {
        var domain254 = string.Join('.', Enumerable.Repeat(new string('d', 60), 4)) + ".com"; // 247 characters
        var ok = "abcdef@" + domain254;
        Assert.That(ok.Length, Is.EqualTo(254));
        Assert.That(EmailAddressRule.Validate(ok), Is.EqualTo(EmailAddressError.None));
        Assert.That(EmailAddressRule.Validate("x" + ok), Is.EqualTo(EmailAddressError.TooLong));
    }

    [TestCase(" a@b.co ", "a@b.co")]
    [TestCase("   ", null)]
    [TestCase(null, null)]
    public void Normalize_TrimsAndEmptiesToNull(string value, string expected)
    {
        Assert.That(EmailAddressRule.Normalize(value), Is.EqualTo(expected));
    }
}
