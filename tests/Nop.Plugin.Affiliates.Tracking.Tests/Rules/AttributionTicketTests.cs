using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class AttributionTicketTests
{
    private static readonly AttributionTicket Ticket = new(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), 42, 7,
        new DateTime(2026, 3, 1, 12, 30, 15, DateTimeKind.Utc).AddTicks(1234), 19);

    [Test]
    public void Parse_SerializedTicket_RoundTrips()
    {
        var parsed = AttributionTicket.Parse(Ticket.Serialize());

        Assert.That(parsed, Is.EqualTo(Ticket));
        Assert.That(parsed.ClickedOnUtc.Kind, Is.EqualTo(DateTimeKind.Utc));
    }

    [Test]
    public void Serialize_Always_IsShortAndVersioned()
    {
        var payload = Ticket.Serialize();

        Assert.That(payload, Does.StartWith("1|"));
        Assert.That(payload.Length, Is.LessThan(80));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("garbage")]
    [TestCase("2|0f8fad5bd9cb469fa16570867728950e|42|7|639000000000000000|0")]
    [TestCase("1|0f8fad5bd9cb469fa16570867728950e|42|7|639000000000000000")]
    [TestCase("1|0f8fad5bd9cb469fa16570867728950e|42|7|639000000000000000|x")]
    [TestCase("1|0f8fad5bd9cb469fa16570867728950e|42|7|639000000000000000|3|x")]
    [TestCase("1|0f8fad5bd9cb469fa16570867728950e|42|7|639000000000000000|-3")]
    [TestCase("1|not-a-guid|42|7|639000000000000000|0")]
    [TestCase("1|00000000000000000000000000000000|42|7|639000000000000000|0")]
    [TestCase("1|0f8fad5bd9cb469fa16570867728950e|0|7|639000000000000000|0")]
    [TestCase("1|0f8fad5bd9cb469fa16570867728950e|-42|7|639000000000000000|0")]
    [TestCase("1|0f8fad5bd9cb469fa16570867728950e| 42|7|639000000000000000|0")]
    [TestCase("1|0f8fad5bd9cb469fa16570867728950e|42|-1|639000000000000000|0")]
    [TestCase("1|0f8fad5bd9cb469fa16570867728950e|42|7|-5|0")]
    [TestCase("1|0f8fad5bd9cb469fa16570867728950e|42|7|99999999999999999999|0")]
    [TestCase("1|0f8fad5bd9cb469fa16570867728950e|99999999999|7|639000000000000000|0")]
    public void Parse_MalformedPayload_ReturnsNull(string payload)
    {
        Assert.That(AttributionTicket.Parse(payload), Is.Null);
    }

    [Test]
    public void Parse_OversizedPayload_ReturnsNull()
    {
        Assert.That(AttributionTicket.Parse(Ticket.Serialize() + new string('0', 200)), Is.Null);
    }
}
