using Nop.Plugin.Affiliates.Tracking.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Infrastructure;

[TestFixture]
public class AttributionSettingsSnapshotTests
{
    private static readonly AttributionRequestSettings Settings = new(Enabled: true, "ref", "go", TrackCoreAffiliateLinks: true);

    [Test]
    public void TryGetCurrent_NeverSet_ReturnsFalse()
    {
        var snapshot = new AttributionSettingsSnapshot(TimeProvider.System);

        Assert.That(snapshot.TryGetCurrent(out var settings), Is.False);
        Assert.That(settings, Is.Null);
    }

    [Test]
    public void TryGetCurrent_AfterSet_ReturnsSettings()
    {
        var snapshot = new AttributionSettingsSnapshot(TimeProvider.System);

        snapshot.Set(Settings);

        Assert.That(snapshot.TryGetCurrent(out var settings), Is.True);
        Assert.That(settings.Shared, Is.SameAs(Settings));
    }

    [Test]
    public void TryGetCurrent_AfterInvalidate_ReturnsFalse()
    {
        var snapshot = new AttributionSettingsSnapshot(TimeProvider.System);
        snapshot.Set(Settings);

        snapshot.Invalidate();

        Assert.That(snapshot.TryGetCurrent(out var settings), Is.False);
        Assert.That(settings, Is.Null);
    }

    [Test]
    public void TryGetCurrent_SetAgain_ReturnsLatest()
    {
        var snapshot = new AttributionSettingsSnapshot(TimeProvider.System);
        snapshot.Set(Settings);

        snapshot.Set(Settings with { ReferralParameterName = "partner" });

        Assert.That(snapshot.TryGetCurrent(out var settings), Is.True);
        Assert.That(settings.Shared.ReferralParameterName, Is.EqualTo("partner"));
    }
}
