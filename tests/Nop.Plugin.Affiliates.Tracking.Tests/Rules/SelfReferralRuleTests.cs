using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

public class SelfReferralRuleTests
{
    [TestCase("a@example.com", "a@example.com", true)]
    [TestCase("A@Example.com", " a@example.COM ", true)]
    [TestCase("a@example.com", "b@example.com", false)]
    [TestCase(null, null, false)]
    [TestCase("", "", false)]
    [TestCase("a@example.com", null, false)]
    public void IsSelfReferral_ComparesEmailsIgnoringCase(string affiliateEmail, string customerEmail, bool expected)
    {
        Assert.That(SelfReferralRule.IsSelfReferral(affiliateEmail, customerEmail), Is.EqualTo(expected));
    }
}
