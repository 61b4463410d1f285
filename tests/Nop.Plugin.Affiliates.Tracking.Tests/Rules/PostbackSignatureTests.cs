using System.Security.Cryptography;
using System.Text;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class PostbackSignatureTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef";
    private const string Url = "https://network.example/pb?tx=1042&c=12.35";
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Test]
    public void Sign_Always_IsHmacSha256OfTimestampMethodAndUrl()
    {
        var header = PostbackSignature.Sign(Secret, Now.ToUnixTimeSeconds(), "get", Url);

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret),
            Encoding.UTF8.GetBytes($"{Now.ToUnixTimeSeconds()}.GET.{Url}")));
        Assert.That(header, Is.EqualTo($"t={Now.ToUnixTimeSeconds()},v1={expected}"));
    }

    [Test]
    public void Verify_OwnSignature_IsTrue()
    {
        var header = PostbackSignature.Sign(Secret, Now.ToUnixTimeSeconds(), "GET", Url);

        Assert.That(PostbackSignature.Verify(Secret, header, "GET", Url, Now, TimeSpan.FromMinutes(5)), Is.True);
    }

    [TestCase(299, true)]
    [TestCase(300, true)]
    [TestCase(301, false)]
    [TestCase(-301, false)]
    public void Verify_TimestampAge_IsBoundedByTolerance(int ageSeconds, bool expected)
    {
        var header = PostbackSignature.Sign(Secret, Now.ToUnixTimeSeconds(), "GET", Url);

        Assert.That(PostbackSignature.Verify(Secret, header, "GET", Url, Now.AddSeconds(ageSeconds), TimeSpan.FromMinutes(5)), Is.EqualTo(expected));
    }

    [TestCase("other-secret-0123456789", "GET", Url)]
    [TestCase(Secret, "POST", Url)]
    [TestCase(Secret, "GET", "https://network.example/pb?tx=1043&c=12.35")]
    [TestCase(Secret, "GET", "https://network.example/pb?tx=1042&c=12.35&x=1")]
    public void Verify_AnythingChanged_IsFalse(string secret, string method, string url)
    {
        var header = PostbackSignature.Sign(Secret, Now.ToUnixTimeSeconds(), "GET", Url);

        Assert.That(PostbackSignature.Verify(secret, header, method, url, Now, TimeSpan.FromMinutes(5)), Is.False);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("v1=abc")]
    [TestCase("t=1767323045")]
    [TestCase("t=abc,v1=00")]
    [TestCase("t=-1767323045,v1=00")]
    [TestCase("garbage")]
    [TestCase("t=1767323045,v1=")]
    public void Verify_MalformedHeader_IsFalse(string header)
    {
        Assert.That(PostbackSignature.Verify(Secret, header, "GET", Url, Now, TimeSpan.FromMinutes(5)), Is.False);
    }

    [Test]
    public void Verify_TimestampReplacedInHeader_IsFalse()
    {
        var header = PostbackSignature.Sign(Secret, Now.ToUnixTimeSeconds(), "GET", Url);
        var replayed = header.Replace($"t={Now.ToUnixTimeSeconds()}", $"t={Now.ToUnixTimeSeconds() + 60}");

        Assert.That(PostbackSignature.Verify(Secret, replayed, "GET", Url, Now.AddSeconds(60), TimeSpan.FromMinutes(5)), Is.False);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("short")]
    public void Sign_WeakSecret_Throws(string secret)
    {
        Assert.That(() => PostbackSignature.Sign(secret, 1, "GET", Url), Throws.ArgumentException);
    }

    [Test]
    public void NewSecret_Always_Is64HexCharactersAndRandom()
    {
        var first = PostbackSignature.NewSecret();

        Assert.That(first, Does.Match("^[0-9a-f]{64}$"));
        Assert.That(PostbackSignature.NewSecret(), Is.Not.EqualTo(first));
    }
}
