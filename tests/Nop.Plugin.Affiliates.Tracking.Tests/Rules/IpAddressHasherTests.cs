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
