using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class CsvFieldTests
{
    [TestCase(null, "")]
    [TestCase("", "")]
    [TestCase("plain", "plain")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase("\"", "\"\"\"\"")]
    [TestCase("line\nbreak", "\"line\nbreak\"")]
    [TestCase("line\r\nbreak", "\"line\r\nbreak\"")]
    [TestCase("semi;colon", "semi;colon")]
    [TestCase(" spaced ", " spaced ")]
    [TestCase("=1+1", "=1+1")]
    public void Format_Value_Rfc4180(string value, string expected)
    {
        Assert.That(CsvField.Format(value), Is.EqualTo(expected));
    }

    [TestCase(null, "")]
    [TestCase("", "")]
    [TestCase("Alice", "Alice")]
    [TestCase("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [TestCase("=1+1", "'=1+1")]
    [TestCase("+1", "'+1")]
    [TestCase("-1", "'-1")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\tTAB", "'\tTAB")]
    [TestCase("\rCR", "\"'\rCR\"")]
    [TestCase("a=b", "a=b")]
    [TestCase("Smith, =Jr", "\"Smith, =Jr\"")]
    [TestCase("'quoted", "'quoted")]
    public void FormatText_Value_GuardedThenQuoted(string value, string expected)
    {
        Assert.That(CsvField.FormatText(value), Is.EqualTo(expected));
    }

    [TestCase("=", "'=")]
    [TestCase("+", "'+")]
    [TestCase("-", "'-")]
    [TestCase("@", "'@")]
    [TestCase("x-", "x-")]
    [TestCase(null, "")]
    public void Protect_FirstCharacter_DecidesGuard(string value, string expected)
    {
        Assert.That(CsvCellGuard.Protect(value), Is.EqualTo(expected));
    }
}
