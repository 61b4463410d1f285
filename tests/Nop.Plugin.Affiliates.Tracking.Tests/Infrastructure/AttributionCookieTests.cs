using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Infrastructure;

[TestFixture]
public class AttributionCookieTests
{
    private static readonly DateTime ClickedOnUtc = new(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);

    private EphemeralDataProtectionProvider _provider;
    private AttributionCookie _cookie;

    [SetUp]
    public void SetUp()
    {
        _provider = new EphemeralDataProtectionProvider();
        _cookie = new AttributionCookie(_provider);
    }

    private static HttpRequest RequestWithCookie(string value)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = $"{AttributionCookie.Name}={value}";
        return context.Request;
    }

    private string WriteAndGetValue(AttributionTicket ticket, DateTime expiresOnUtc, bool https = false)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = https ? "https" : "http";
        _cookie.Write(context.Response, ticket, expiresOnUtc);
        return SetCookieHeaderValue.ParseList(context.Response.Headers.SetCookie.ToArray()).Single(c => c.Name == AttributionCookie.Name).Value.ToString();
    }

    [Test]
    public void Name_IsCorePrefixPlusPluginSuffix()
    {
        Assert.That(AttributionCookie.Name, Is.EqualTo(".Nop.AffiliateTracking"));
    }

    [Test]
    public void Read_WhatWriteWrote_ReturnsSameTicket()
    {
        var ticket = new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc, CustomerId: 42);
        var value = WriteAndGetValue(ticket, ClickedOnUtc.AddDays(30));

        var read = _cookie.Read(RequestWithCookie(value), out var present);

        Assert.That(present, Is.True);
        Assert.That(read, Is.EqualTo(ticket));
    }

    [Test]
    public void Write_Value_DoesNotRevealTicket()
    {
        var ticket = new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc, CustomerId: 42);

        var value = WriteAndGetValue(ticket, ClickedOnUtc.AddDays(30));

        Assert.That(value, Does.Not.Contain(ticket.VisitorId.ToString("N")));
        Assert.That(value, Does.Not.Contain(ticket.Serialize()));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Write_Options_AreHttpOnlyLaxRootPathAndSecureOnlyOverHttps(bool https)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = https ? "https" : "http";
        var expires = ClickedOnUtc.AddDays(30);

        _cookie.Write(context.Response, new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc), expires);

        var header = SetCookieHeaderValue.ParseList(context.Response.Headers.SetCookie.ToArray()).Single();
        Assert.That(header.Name.ToString(), Is.EqualTo(".Nop.AffiliateTracking"));
        Assert.That(header.HttpOnly, Is.True);
        Assert.That(header.SameSite, Is.EqualTo(Microsoft.Net.Http.Headers.SameSiteMode.Lax));
        Assert.That(header.Path.ToString(), Is.EqualTo("/"));
        Assert.That(header.Secure, Is.EqualTo(https));
        Assert.That(header.Expires, Is.EqualTo(new DateTimeOffset(expires)));
    }

    [Test]
    public void Delete_WritesExpiredCookieOnRootPath()
    {
        var context = new DefaultHttpContext();

        _cookie.Delete(context.Response);

        var header = SetCookieHeaderValue.ParseList(context.Response.Headers.SetCookie.ToArray()).Single();
        Assert.That(header.Name.ToString(), Is.EqualTo(AttributionCookie.Name));
        Assert.That(header.Expires, Is.LessThan(DateTimeOffset.UtcNow));
        Assert.That(header.Path.ToString(), Is.EqualTo("/"));
    }

    [Test]
    public void Read_NoCookie_ReturnsNullAndNotPresent()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = ".Nop.Customer=abc";

        var read = _cookie.Read(context.Request, out var present);

        Assert.That(read, Is.Null);
        Assert.That(present, Is.False);
    }

    [Test]
    public void Read_TamperedValue_ReturnsNullButPresent()
    {
        var value = WriteAndGetValue(new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc), ClickedOnUtc.AddDays(30));
        var middle = value.Length / 2;
        var tampered = value[..middle] + (value[middle] == 'A' ? 'B' : 'A') + value[(middle + 1)..];

        var read = _cookie.Read(RequestWithCookie(tampered), out var present);

        Assert.That(read, Is.Null);
        Assert.That(present, Is.True);
    }

    [Test]
    public void Read_ProtectedWithAnotherPurpose_ReturnsNullButPresent()
    {
        var ticket = new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc);
        var foreign = _provider.CreateProtector("foreign").Protect(ticket.Serialize());

        var read = _cookie.Read(RequestWithCookie(foreign), out var present);

        Assert.That(read, Is.Null);
        Assert.That(present, Is.True);
    }

    [Test]
    public void Read_ProtectedByAnotherKeyRing_ReturnsNull()
    {
        var value = ProtectWith(new AttributionCookie(new EphemeralDataProtectionProvider()), new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc));

        Assert.That(_cookie.Read(RequestWithCookie(value), out _), Is.Null);
    }

    [Test]
    public void Read_ValidProtectionOfGarbagePayload_ReturnsNull()
    {
        var value = _provider.CreateProtector(AttributionCookie.Purpose).Protect("2|not-a-ticket");

        var read = _cookie.Read(RequestWithCookie(value), out var present);

        Assert.That(read, Is.Null);
        Assert.That(present, Is.True);
    }

    [TestCase("garbage")]
    [TestCase("%%%")]
    [TestCase("CfDJ8")]
    public void Read_Garbage_ReturnsNullButPresent(string value)
    {
        var read = _cookie.Read(RequestWithCookie(value), out var present);

        Assert.That(read, Is.Null);
        Assert.That(present, Is.True);
    }

    [Test]
    public void Read_OversizedValue_ReturnsNullButPresent()
    {
        var read = _cookie.Read(RequestWithCookie(new string('A', 513)), out var present);

        Assert.That(read, Is.Null);
        Assert.That(present, Is.True);
    }

    private static string ProtectWith(AttributionCookie cookie, AttributionTicket ticket)
    {
        var context = new DefaultHttpContext();
        cookie.Write(context.Response, ticket, ClickedOnUtc.AddDays(1));
        return SetCookieHeaderValue.ParseList(context.Response.Headers.SetCookie.ToArray()).Single().Value.ToString();
    }
}
