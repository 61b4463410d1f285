using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class LatinFoldingTests
{
    private static string Fold(string text) => new(LatinFolding.FoldToAscii(text).Select(c => c == '\0' ? '_' : c).ToArray());

    [TestCase("Zoë", "zoe")]
    [TestCase("Straße", "strasse")]
    [TestCase("Ærø", "aero")]
    [TestCase("Łódź", "lodz")]
    [TestCase("ＡＢＣ１２", "abc12")]
    [TestCase("ﬁne", "fine")]
    [TestCase("a b-c", "a_b_c")]
    [TestCase("Жук", "___")]
    [TestCase("", "")]
    [TestCase(null, "")]
    public void FoldToAscii_Text_GivesLowerCaseAsciiWithSeparators(string text, string expected)
    {
        Assert.That(Fold(text), Is.EqualTo(expected));
    }
}
