using System.Globalization;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class PayoutCsvTests
{
    [Test]
    public void Write_Lines_HeaderAndOneRowEachWithInvariantAmounts()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            var csv = PayoutCsv.Write([new PayoutCsvLine("alice@example.com", 1234.5m, "EUR", "AFF-1-7"), new PayoutCsvLine("bob@example.com", 50m, "EUR", "AFF-1-8")]);

            Assert.That(csv, Is.EqualTo("PayoutEmail,Amount,Currency,Reference\r\nalice@example.com,1234.50,EUR,AFF-1-7\r\nbob@example.com,50.00,EUR,AFF-1-8\r\n"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void Write_NoLines_HeaderOnly()
    {
        Assert.That(PayoutCsv.Write([]), Is.EqualTo("PayoutEmail,Amount,Currency,Reference\r\n"));
        Assert.That(PayoutCsv.Write(null), Is.EqualTo("PayoutEmail,Amount,Currency,Reference\r\n"));
    }

    [TestCase(null, "")]
    [TestCase("plain@example.com", "plain@example.com")]
    [TestCase("a,b@example.com", "\"a,b@example.com\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase("two\nlines", "\"two\nlines\"")]
    [TestCase("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [TestCase("+1", "'+1")]
    [TestCase("-1", "'-1")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\tx", "'\tx")]
    public void Escape_Value_QuotedAndFormulaSafe(string value, string expected)
    {
        Assert.That(PayoutCsv.Escape(value), Is.EqualTo(expected));
    }

    [Test]
    public void Write_MaliciousEmail_IsDefused()
    {
        var csv = PayoutCsv.Write([new PayoutCsvLine("=cmd|' /C calc'!A0", 10m, "USD", "R")]);

        Assert.That(csv.Split("\r\n")[1], Does.StartWith("'=cmd"));
    }
}
