using Nop.Core.Domain.Discounts;

namespace Nop.Plugin.Affiliates.Tracking.Services.Coupons;

/// <summary>
/// Copies a template discount onto the discounts generated from it.
/// </summary>
public interface IDiscountTemplateCopier
{
    /// <summary>
    /// Reads the template's product, category and manufacturer mappings, its requirement tree and the settings
    /// requirement rules keep per requirement ("DiscountRequirement.…-{requirementId}").
    /// </summary>
    Task<DiscountTemplateSnapshot> LoadAsync(Discount template);

    /// <summary>
    /// Copies the fields that define what the discount gives (type, amounts, limitation, cumulative flag, …) and not the
    /// ones that belong to each code: id, name, coupon code, dates, active flag and admin comment.
    /// </summary>
    void CopySettings(Discount template, Discount target);

    /// <summary>
    /// Gives <paramref name="target"/> the template's mappings and requirements (with new ids and copied requirement
    /// settings) and the plugin's own requirement, placed so it must pass whatever the template requires.
    /// With <paramref name="replaceExisting"/> the target's current mappings and requirements are removed first.
    /// </summary>
    Task ApplyAsync(DiscountTemplateSnapshot snapshot, Discount target, bool replaceExisting);

    /// <summary>
    /// <see cref="ApplyAsync"/> for discounts just generated (nothing to replace), with the mappings and requirements
    /// of all of them written in bulk rather than one row at a time.
    /// </summary>
    Task ApplyToNewAsync(DiscountTemplateSnapshot snapshot, IList<Discount> targets);
}
