using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class TypedCodeLineParserTests
{
    [TestCase("alice=ALICE10", "alice", "ALICE10")]
    [TestCase("  alice = ALICE10  ", "alice", "ALICE10")]
    [TestCase("alice,ALICE10", "alice", "ALICE10")]
    [TestCase("alice;ALICE10", "alice", "ALICE10")]
    [TestCase("alice\tALICE10", "alice", "ALICE10")]
    [TestCase("12=CODE12", "12", "CODE12")]
    [TestCase("alice=A=B", "alice", "A=B")]
    public void Parse_OneLine_SplitsAtFirstSeparator(string text, string key, string code)
    {
        var lines = TypedCodeLineParser.Parse(text, out var malformed);

        Assert.That(malformed, Is.Empty);
        Assert.That(lines, Is.EqualTo(new[] { new TypedCodeLine(1, key, code) }));
    }

    [TestCase("alice")]
    [TestCase("=ALICE10")]
    [TestCase("alice=")]
    [TestCase("alice =   ")]
    [TestCase("ALICE10 alice")]
    public void Parse_LineWithoutBothParts_IsReportedByNumber(string text)
    {
        var lines = TypedCodeLineParser.Parse(text, out var malformed);

        Assert.That(lines, Is.Empty);
        Assert.That(malformed, Is.EqualTo(new[] { 1 }));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  \r\n \n\t")]
    public void Parse_Blank_ReturnsNothing(string text)
    {
        var lines = TypedCodeLineParser.Parse(text, out var malformed);

        Assert.That(lines, Is.Empty);
        Assert.That(malformed, Is.Empty);
    }

    [Test]
    public void Parse_MixedLineEndingsAndBlankLines_KeepsTheLinesNumbersAsTyped()
    {
        var lines = TypedCodeLineParser.Parse("alice=A1B2\r\n\r\nbroken\rbob=BOB9\n", out var malformed);

        Assert.That(lines, Is.EqualTo(new[] { new TypedCodeLine(1, "alice", "A1B2"), new TypedCodeLine(4, "bob", "BOB9") }));
        Assert.That(malformed, Is.EqualTo(new[] { 3 }));
    }
}
