using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

public class MemberApplicationRuleTests
{
    [Test]
    public void ValidateApplication_TermsAcceptedNothingElse_Valid()
    {
        Assert.That(MemberApplicationRule.ValidateApplication(true, null, null), Is.Empty);
    }

    [Test]
    public void ValidateApplication_TermsNotAccepted_Refused()
    {
        Assert.That(MemberApplicationRule.ValidateApplication(false, "I blog", "a@b.co"),
            Is.EqualTo(new[] { MemberApplicationError.TermsNotAccepted }));
    }

    [TestCase(1000, false)]
    [TestCase(1001, true)]
    public void ValidateApplication_MessageLength_BoundaryAt1000(int length, bool refused)
    {
        var errors = MemberApplicationRule.ValidateApplication(true, new string('m', length), null);

        Assert.That(errors.Contains(MemberApplicationError.MessageTooLong), Is.EqualTo(refused));
    }

    [Test]
    public void ValidateApplication_MessageSurroundedByBlanks_CountsTrimmedLength()
    {
        Assert.That(MemberApplicationRule.ValidateApplication(true, "  " + new string('m', 1000) + "\r\n ", null), Is.Empty);
    }

    [Test]
    public void ValidateApplication_WindowsLineEnds_CountAsOneCharacter()
    {
        var message = string.Concat(Enumerable.Repeat("ab\r\n", 250)) + "x"; // 1001 raw, 751 after normalising

        Assert.That(MemberApplicationRule.ValidateApplication(true, message, null), Is.Empty);
    }

    [TestCase("line one\nline two\ttab", false)]
    [TestCase("nul\0byte", true)]
    [TestCase("bell\u0007", true)]
    [TestCase("escape\u001b[31m", true)]
    public void ValidateApplication_ControlCharacters_OnlyLineBreaksAndTabsAllowed(string message, bool refused)
    {
        var errors = MemberApplicationRule.ValidateApplication(true, message, null);

        Assert.That(errors.Contains(MemberApplicationError.MessageInvalidCharacters), Is.EqualTo(refused));
    }

    [TestCase("", null)]
    [TestCase("  ", null)]
    [TestCase("pay@example.com", null)]
    [TestCase("not-an-email", MemberApplicationError.PayoutEmailMalformed)]
    public void ValidateApplication_PayoutEmail_OptionalButChecked(string email, MemberApplicationError? expected)
    {
        var errors = MemberApplicationRule.ValidateApplication(true, null, email);

        Assert.That(errors, expected is null ? Is.Empty : Is.EqualTo(new[] { expected.Value }));
    }

    [Test]
    public void ValidateApplication_EverythingWrong_ReportsEveryError()
    {
        var errors = MemberApplicationRule.ValidateApplication(false, new string('m', 1001) + "\0", "x@" + new string('d', 260) + ".com");

        Assert.That(errors, Is.EquivalentTo(new[]
        {
            MemberApplicationError.TermsNotAccepted, MemberApplicationError.MessageTooLong,
            MemberApplicationError.MessageInvalidCharacters, MemberApplicationError.PayoutEmailTooLong
        }));
    }

    [TestCase(null, MemberApplicationError.PayoutEmailEmpty)]
    [TestCase(" ", MemberApplicationError.PayoutEmailEmpty)]
    [TestCase("a@b", MemberApplicationError.PayoutEmailMalformed)]
    [TestCase("pay@example.com", null)]
    public void ValidatePayoutEmail_Required(string email, MemberApplicationError? expected)
    {
        var errors = MemberApplicationRule.ValidatePayoutEmail(email);

        Assert.That(errors, expected is null ? Is.Empty : Is.EqualTo(new[] { expected.Value }));
    }

    [TestCase(null, new MemberApplicationError[0])]
    [TestCase("Checked the blog.", new MemberApplicationError[0])]
    [TestCase("\u0001", new[] { MemberApplicationError.AdminNoteInvalidCharacters })]
    public void ValidateAdminNote_Content(string note, MemberApplicationError[] expected)
    {
        Assert.That(MemberApplicationRule.ValidateAdminNote(note), Is.EqualTo(expected));
    }

    [TestCase(1000, false)]
    [TestCase(1001, true)]
    public void ValidateAdminNote_Length(int length, bool refused)
    {
        Assert.That(MemberApplicationRule.ValidateAdminNote(new string('n', length)).Contains(MemberApplicationError.AdminNoteTooLong), Is.EqualTo(refused));
    }

    [TestCase(" a\r\nb ", "a\nb")]
    [TestCase(" ", null)]
    [TestCase(null, null)]
    public void NormalizeText_TrimsAndUnifiesLineEnds(string value, string expected)
    {
        Assert.That(MemberApplicationRule.NormalizeText(value), Is.EqualTo(expected));
    }
}
