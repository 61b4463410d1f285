using System.Security.Cryptography;
using System.Text;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class IpAddressHasherTests
{
    [Test]
    public void Hash_SameAddressAndSalt_IsStableHexWithoutTheAddress()
    {
        var first = IpAddressHasher.Hash("203.0.113.7", "salt-1");

        Assert.That(IpAddressHasher.Hash(" 203.0.113.7 ", "salt-1"), Is.EqualTo(first));
        Assert.That(first, Has.Length.EqualTo(IpAddressHasher.HashLength));
        Assert.That(first, Does.Match("^[0-9a-f]+$"));
        Assert.That(first, Does.Not.Contain("203"));
    }

    [TestCase("203.0.113.7")]
    [TestCase("2001:db8::1")]
    [TestCase("fe80::1ff:fe23:4567:890a%eth0")]
    public void Hash_IsHmacSha256OfTheLowerCasedAddressKeyedWithTheSalt(string ipAddress)
    {
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("salt-1"), Encoding.UTF8.GetBytes(ipAddress)));

        Assert.That(IpAddressHasher.Hash(ipAddress.ToUpperInvariant(), "salt-1"), Is.EqualTo(expected));
    }

    [Test]
    public void Hash_SaltsAlternatingOnOneThread_EachKeepsItsOwnHash()
    {
        var withFirst = IpAddressHasher.Hash("203.0.113.7", "salt-1");
        var withSecond = IpAddressHasher.Hash("203.0.113.7", "salt-2");

        Assert.That(IpAddressHasher.Hash("203.0.113.7", "salt-1"), Is.EqualTo(withFirst));
        Assert.That(IpAddressHasher.Hash("203.0.113.7", "salt-2"), Is.EqualTo(withSecond));
        Assert.That(withFirst, Is.Not.EqualTo(withSecond));
    }

    [Test]
    public void Hash_ManyThreadsSwitchingSalts_GiveEachSaltsHash()
    {
        var expected = new Dictionary<string, string>
        {
            ["salt-1"] = IpAddressHasher.Hash("198.51.100.23", "salt-1"),
            ["salt-2"] = IpAddressHasher.Hash("198.51.100.23", "salt-2")
        };

        var results = new System.Collections.Concurrent.ConcurrentBag<(string Salt, string Hash)>();
        Parallel.For(0, 2_000, i =>
        {
            var salt = i % 3 == 0 ? "salt-2" : "salt-1";
            results.Add((salt, IpAddressHasher.Hash("198.51.100.23", salt)));
        });

        Assert.That(results.Where(result => result.Hash != expected[result.Salt]), Is.Empty);
    }

    [Test]
    public void Hash_ValueLongerThanAnyAddress_IsStillHashed()
    {
        var value = new string('A', 1_000);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("s"), Encoding.UTF8.GetBytes(new string('a', 1_000))));

        Assert.That(IpAddressHasher.Hash(value, "s"), Is.EqualTo(expected));
    }

    [Test]
    public void Hash_OtherSalt_GivesOtherHash()
    {
        Assert.That(IpAddressHasher.Hash("203.0.113.7", "salt-1"), Is.Not.EqualTo(IpAddressHasher.Hash("203.0.113.7", "salt-2")));
    }

    [Test]
    public void Hash_Ipv6CaseVariants_Match()
    {
        Assert.That(IpAddressHasher.Hash("2001:DB8::1", "s"), Is.EqualTo(IpAddressHasher.Hash("2001:db8::1", "s")));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Hash_NoAddress_ReturnsNull(string ipAddress)
    {
        Assert.That(IpAddressHasher.Hash(ipAddress, "s"), Is.Null);
    }

    [Test]
    public void Hash_NoSalt_Throws()
    {
        Assert.That(() => IpAddressHasher.Hash("203.0.113.7", ""), Throws.ArgumentException);
    }

    [Test]
    public void NewSalt_TwoCalls_Differ()
    {
        Assert.That(IpAddressHasher.NewSalt(), Is.Not.EqualTo(IpAddressHasher.NewSalt()));
    }
}
