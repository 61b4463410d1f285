using Microsoft.EntityFrameworkCore;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

/// <summary>
/// What the plugin's entity builders add to nopCommerce's column convention: lengths, required strings and indexes.
/// </summary>
/// <remarks>
/// Written out again on purpose, with literal values instead of the plugin's constants: SchemaDriftTests compares
/// the database built from this declaration with what the builders declare, so a change on either side shows up
/// as a failing test instead of silently changing what the tests run against.
/// </remarks>
public static class PluginEntityConfiguration
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AffiliateLink>(entity =>
        {
            entity.HasIndex(link => link.AffiliateId).HasDatabaseName("IX_AffiliateTrackingLink_AffiliateId");
            entity.Property(link => link.Slug).HasMaxLength(64).IsRequired();
            entity.HasIndex(link => link.Slug).IsUnique().HasDatabaseName("IX_AffiliateTrackingLink_Slug");
            entity.Property(link => link.DestinationUrl).HasMaxLength(2048).IsRequired();
        });

        modelBuilder.Entity<AffiliateClick>(entity =>
        {
            entity.HasIndex(click => click.AffiliateId).HasDatabaseName("IX_AffiliateTrackingClick_AffiliateId");
            entity.Property(click => click.LandingUrl).HasMaxLength(2048).IsRequired();
            entity.Property(click => click.ReferrerHost).HasMaxLength(255);
            entity.Property(click => click.UtmSource).HasMaxLength(200);
            entity.Property(click => click.UtmMedium).HasMaxLength(200);
            entity.Property(click => click.UtmCampaign).HasMaxLength(200);
            entity.Property(click => click.IpHash).HasMaxLength(64);
            // Commission ledger (issue 6)
            entity.HasIndex(click => click.VisitorId).HasDatabaseName("IX_AffiliateTrackingClick_VisitorId");
        });

        modelBuilder.Entity<AffiliateCoupon>(entity =>
        {
            entity.HasIndex(coupon => coupon.AffiliateId).HasDatabaseName("IX_AffiliateTrackingCoupon_AffiliateId");
            entity.HasIndex(coupon => coupon.DiscountId).IsUnique().HasDatabaseName("IX_AffiliateTrackingCoupon_DiscountId");
            entity.HasIndex(coupon => coupon.TemplateDiscountId).HasDatabaseName("IX_AffiliateTrackingCoupon_TemplateDiscountId");
            entity.Property(coupon => coupon.CouponCode).HasMaxLength(40).IsRequired();
            entity.HasIndex(coupon => coupon.CouponCode).IsUnique().HasDatabaseName("IX_AffiliateTrackingCoupon_CouponCode");
            entity.Property(coupon => coupon.TemplateAffiliateKey).HasMaxLength(25).IsRequired();
            entity.HasIndex(coupon => coupon.TemplateAffiliateKey).IsUnique().HasDatabaseName("IX_AffiliateTrackingCoupon_TemplateAffiliateKey");
        });

        modelBuilder.Entity<AffiliateCommission>(entity =>
        {
            entity.HasIndex(commission => commission.OrderId).IsUnique().HasDatabaseName("IX_AffiliateTrackingCommission_OrderId");
            entity.HasIndex(commission => commission.AffiliateId).HasDatabaseName("IX_AffiliateTrackingCommission_AffiliateId");
            entity.Property(commission => commission.CouponCode).HasMaxLength(40);
            entity.Property(commission => commission.OrderCurrencyCode).HasMaxLength(5);
        });

        modelBuilder.Entity<AffiliateAttribution>(entity =>
        {
            entity.HasIndex(attribution => attribution.VisitorId).IsUnique().HasDatabaseName("IX_AffiliateTrackingAttribution_VisitorId");
            entity.HasIndex(attribution => attribution.CustomerId).HasDatabaseName("IX_AffiliateTrackingAttribution_CustomerId");
        });

        modelBuilder.Entity<AffiliateCouponGenerationJob>(entity =>
        {
            entity.HasIndex(job => job.TemplateDiscountId).HasDatabaseName("IX_AffiliateTrackingCouponJob_TemplateDiscountId");
            entity.Property(job => job.Prefix).HasMaxLength(20);
            entity.Property(job => job.Note).HasMaxLength(400);
        });

        // Commission ledger (issue 6)
        modelBuilder.Entity<AffiliateCommissionEntry>(entity =>
        {
            entity.HasIndex(e => e.CommissionId).HasDatabaseName("IX_AffiliateTrackingCommissionEntry_CommissionId");
            entity.Property(e => e.EntryKey).HasMaxLength(100).IsRequired();
            entity.HasIndex(e => e.EntryKey).IsUnique().HasDatabaseName("IX_AffiliateTrackingCommissionEntry_EntryKey");
            entity.HasIndex(e => e.PayoutId).HasDatabaseName("IX_AffiliateTrackingCommissionEntry_PayoutId");
            entity.Property(e => e.Note).HasMaxLength(20);
        });

        modelBuilder.Entity<AffiliateCommissionRate>(entity =>
        {
            entity.HasIndex(rate => rate.AffiliateId).HasDatabaseName("IX_AffiliateTrackingCommissionRate_AffiliateId");
            entity.Property(rate => rate.RateKey).HasMaxLength(25).IsRequired();
            entity.HasIndex(rate => rate.RateKey).IsUnique().HasDatabaseName("IX_AffiliateTrackingCommissionRate_RateKey");
        });

        modelBuilder.Entity<AffiliateLifetimeReferral>(entity =>
        {
            entity.HasIndex(referral => referral.CustomerId).IsUnique().HasDatabaseName("IX_AffiliateTrackingLifetimeReferral_CustomerId");
            entity.HasIndex(referral => referral.AffiliateId).HasDatabaseName("IX_AffiliateTrackingLifetimeReferral_AffiliateId");
        });

        modelBuilder.Entity<AffiliatePayout>(entity =>
        {
            entity.Property(payout => payout.Reference).HasMaxLength(100);
            entity.Property(payout => payout.CurrencyCode).HasMaxLength(5);
        });

        modelBuilder.Entity<AffiliatePayoutLine>(entity =>
        {
            entity.HasIndex(line => line.PayoutId).HasDatabaseName("IX_AffiliateTrackingPayoutLine_PayoutId");
            entity.HasIndex(line => line.AffiliateId).HasDatabaseName("IX_AffiliateTrackingPayoutLine_AffiliateId");
            entity.Property(line => line.CurrencyCode).HasMaxLength(5);
            entity.Property(line => line.PayoutEmail).HasMaxLength(255);
            entity.Property(line => line.Reference).HasMaxLength(100);
        });

        // Reports: the schema migration's multi-column indexes (AffiliateTrackingIndexes)
        modelBuilder.Entity<AffiliateCommission>(entity =>
        {
            entity.HasIndex(commission => new { commission.AffiliateId, commission.CreatedOnUtc, commission.StatusId, commission.Amount }).HasDatabaseName("IX_AffiliateTrackingCommission_Affiliate_Created_Status_Amount");
            entity.HasIndex(commission => new { commission.CouponCode, commission.CreatedOnUtc }).HasDatabaseName("IX_AffiliateTrackingCommission_CouponCode_CreatedOnUtc");
            entity.HasIndex(commission => new { commission.StatusId, commission.CreatedOnUtc }).HasDatabaseName("IX_AffiliateTrackingCommission_StatusId_CreatedOnUtc");
            entity.HasIndex(commission => new { commission.SourceId, commission.CreatedOnUtc }).HasDatabaseName("IX_AffiliateTrackingCommission_SourceId_CreatedOnUtc");
            entity.HasIndex(commission => commission.CreatedOnUtc).HasDatabaseName("IX_AffiliateTrackingCommission_CreatedOnUtc");
        });
        modelBuilder.Entity<AffiliateClick>(entity =>
        {
            entity.HasIndex(click => new { click.AffiliateId, click.CreatedOnUtc }).HasDatabaseName("IX_AffiliateTrackingClick_AffiliateId_CreatedOnUtc");
            entity.HasIndex(click => click.CreatedOnUtc).HasDatabaseName("IX_AffiliateTrackingClick_CreatedOnUtc");
        });

        // Program membership (issue 7)
        modelBuilder.Entity<AffiliateMember>(entity =>
        {
            entity.HasIndex(member => member.CustomerId).IsUnique().HasDatabaseName("IX_AffiliateTrackingMember_CustomerId");
            entity.HasIndex(member => member.AffiliateId).HasDatabaseName("IX_AffiliateTrackingMember_AffiliateId");
            entity.Property(member => member.PayoutEmail).HasMaxLength(254);
            entity.Property(member => member.ApplicationMessage).HasMaxLength(1000);
            entity.Property(member => member.AdminNote).HasMaxLength(1000);
        });

        // Postbacks (issue 6)
        modelBuilder.Entity<AffiliatePostback>(entity =>
        {
            entity.HasIndex(postback => postback.CommissionId).HasDatabaseName("IX_AffiliateTrackingPostback_CommissionId");
            entity.Property(postback => postback.EventKey).HasMaxLength(80).IsRequired();
            entity.HasIndex(postback => postback.EventKey).IsUnique().HasDatabaseName("IX_AffiliateTrackingPostback_EventKey");
            entity.Property(postback => postback.Url).HasMaxLength(4000).IsRequired();
            entity.HasIndex(postback => postback.StatusId).HasDatabaseName("IX_AffiliateTrackingPostback_StatusId");
            entity.Property(postback => postback.LastError).HasMaxLength(1000);
        });

        modelBuilder.Entity<AffiliatePostbackClaim>(entity =>
        {
            entity.HasIndex(claim => claim.PostbackId).IsUnique().HasDatabaseName("IX_AffiliateTrackingPostbackClaim_PostbackId");
            entity.Property(claim => claim.Owner).HasMaxLength(36).IsRequired();
        });

        modelBuilder.Entity<AffiliatePostbackTemplate>(entity =>
        {
            entity.HasIndex(template => template.AffiliateId).IsUnique().HasDatabaseName("IX_AffiliateTrackingPostbackTemplate_AffiliateId");
            entity.Property(template => template.UrlTemplate).HasMaxLength(2048).IsRequired();
        });

        // Dashboard click roll-up (issue 7)
        modelBuilder.Entity<AffiliateClickDay>(entity =>
        {
            entity.HasIndex(day => new { day.AffiliateId, day.Day, day.Clicks }).HasDatabaseName("IX_AffiliateTrackingClickDay_AffiliateId_Day_Clicks");
        });
    }
}
