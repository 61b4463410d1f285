using System.Reflection;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Coupons;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Coupons;

[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class AffiliateCouponServiceTests : DatabaseFixture
{
    private List<Setting> _settings;

    public AffiliateCouponServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();
        _settings = [];
    }

    private CouponTestContext NewScope() => new(Database, _settings);

    private async Task<Affiliate> InsertAffiliateAsync(string firstName, string friendlyUrlName = null, bool active = true, string email = null, bool deleted = false)
    {
        var address = new Address { FirstName = firstName, LastName = "Tester", Email = email ?? $"{firstName.ToLowerInvariant()}@example.com" };
        await Database.CreateRepository<Address>().InsertAsync(address);
        var affiliate = new Affiliate { AddressId = address.Id, FriendlyUrlName = friendlyUrlName, Active = active, Deleted = deleted };
        await Database.CreateRepository<Affiliate>().InsertAsync(affiliate);
        return affiliate;
    }

    private async Task<List<Affiliate>> InsertAffiliatesAsync(int count)
    {
        var affiliates = new List<Affiliate>();
        for (var i = 0; i < count; i++)
            affiliates.Add(await InsertAffiliateAsync($"Partner{i}", $"partner{i}"));
        return affiliates;
    }

    private async Task<Discount> InsertTemplateAsync(Action<Discount> configure = null)
    {
        var template = new Discount
        {
            Name = "Spring affiliates",
            AdminComment = "template comment",
            DiscountType = DiscountType.AssignedToSkus,
            UsePercentage = true,
            DiscountPercentage = 12.5m,
            DiscountAmount = 3.25m,
            MaximumDiscountAmount = 40m,
            StartDateUtc = new DateTime(2026, 1, 1),
            EndDateUtc = new DateTime(2027, 1, 1),
            RequiresCouponCode = true,
            CouponCode = "TEMPLATE",
            IsCumulative = true,
            DiscountLimitation = DiscountLimitationType.NTimesPerCustomer,
            LimitationTimes = 3,
            MaximumDiscountedQuantity = 2,
            AppliedToSubCategories = true,
            IsActive = true,
            VendorId = 9
        };
        configure?.Invoke(template);
        await Database.CreateRepository<Discount>().InsertAsync(template);
        return template;
    }

    private async Task<AffiliateCouponGenerationJob> GenerateAllAsync(CouponGenerationRequest request, CouponTestContext scope = null)
    {
        scope ??= NewScope();
        var start = await scope.Service.StartGenerationAsync(request);
        Assert.That(start.Problems, Is.Empty);

        var job = start.Job;
        for (var guard = 0; job.Status != CouponGenerationJobStatus.Completed && guard < 100; guard++)
            job = await scope.Service.ProcessNextBatchAsync(job.Id);
        return job;
    }

    private Task<IList<AffiliateCoupon>> CouponsAsync() => Database.CreateRepository<AffiliateCoupon>().GetAllAsync(q => q.OrderBy(c => c.AffiliateId));

    private Task<IList<Discount>> DiscountsAsync() => Database.CreateRepository<Discount>().GetAllAsync(q => q.OrderBy(d => d.Id));

    private static IEnumerable<CouponError> Errors(CouponGenerationStartResult result) => result.Problems.Select(p => p.Error);

    [Test]
    public async Task StartGenerationAsync_TemplateProblems_AreAllReported()
    {
        await InsertAffiliateAsync("Alice");
        var noCode = await InsertTemplateAsync(t => t.RequiresCouponCode = false);
        var service = NewScope().Service;

        var missing = await service.StartGenerationAsync(new CouponGenerationRequest { TemplateDiscountId = 999 });
        var refused = await service.StartGenerationAsync(new CouponGenerationRequest
        {
            TemplateDiscountId = noCode.Id,
            RandomLength = 2,
            StartDateUtc = new DateTime(2026, 6, 1),
            EndDateUtc = new DateTime(2026, 6, 1),
            Note = new string('n', 401)
        });

        Assert.That(Errors(missing), Is.EqualTo(new[] { CouponError.TemplateNotFound }));
        Assert.That(Errors(refused), Is.EquivalentTo(new[]
        {
            CouponError.TemplateWithoutCouponCode, CouponError.EndBeforeStart, CouponError.NoteTooLong, CouponError.InvalidRandomLength
        }));
        Assert.That(refused.Problems.Select(p => p.ResourceKey), Has.All.Matches<string>(key => AffiliateTrackingLocales.Resources.ContainsKey(key)));
        Assert.That(await Database.CreateRepository<AffiliateCouponGenerationJob>().GetAllAsync(q => q), Is.Empty);
    }

    [Test]
    public async Task StartGenerationAsync_GeneratedDiscountAsTemplate_IsRefused()
    {
        await InsertAffiliateAsync("Alice");
        var template = await InsertTemplateAsync();
        await GenerateAllAsync(new CouponGenerationRequest { TemplateDiscountId = template.Id });
        var generated = (await CouponsAsync()).Single();

        var result = await NewScope().Service.StartGenerationAsync(new CouponGenerationRequest { TemplateDiscountId = generated.DiscountId });

        Assert.That(Errors(result), Does.Contain(CouponError.TemplateIsGeneratedCoupon));
    }

    [TestCase("AB!1", CouponError.InvalidCharacters)]
    [TestCase("ABCDEFGHIJKLMNOPQR", CouponError.TooLong)]
    public async Task StartGenerationAsync_BadPrefix_IsRefused(string prefix, CouponError expected)
    {
        await InsertAffiliateAsync("Alice");
        var template = await InsertTemplateAsync();

        var result = await NewScope().Service.StartGenerationAsync(new CouponGenerationRequest
        {
            TemplateDiscountId = template.Id, Pattern = CouponCodePattern.PrefixRandom, Prefix = prefix, RandomLength = 4
        });

        Assert.That(Errors(result), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public async Task StartGenerationAsync_TypedCodes_EveryRuleIsCheckedPerAffiliate()
    {
        var alice = await InsertAffiliateAsync("Alice");
        var bob = await InsertAffiliateAsync("Bob");
        var carol = await InsertAffiliateAsync("Carol");
        var dave = await InsertAffiliateAsync("Dave");
        var sleepy = await InsertAffiliateAsync("Sleepy", active: false);
        var template = await InsertTemplateAsync();
        await InsertTemplateAsync(t => { t.Name = "Other"; t.CouponCode = "summer2026"; });

        var result = await NewScope().Service.StartGenerationAsync(new CouponGenerationRequest
        {
            TemplateDiscountId = template.Id,
            Pattern = CouponCodePattern.Typed,
            TypedCodes = new Dictionary<int, string>
            {
                [alice.Id] = "twin1234",
                [bob.Id] = "TWIN1234",
                [carol.Id] = "SUMMER2026",
                [dave.Id] = "bad code",
                [sleepy.Id] = "SLEEPY12",
                [999] = "GHOST123"
            }
        });

        Assert.That(result.Problems, Is.EquivalentTo(new[]
        {
            new CouponProblem(CouponError.DuplicateTypedCode, alice.Id),
            new CouponProblem(CouponError.DuplicateTypedCode, bob.Id),
            new CouponProblem(CouponError.Taken, carol.Id),
            new CouponProblem(CouponError.InvalidCharacters, dave.Id),
            new CouponProblem(CouponError.AffiliateInactive, sleepy.Id),
            new CouponProblem(CouponError.AffiliateNotFound, 999)
        }));
    }

    [Test]
    public async Task StartGenerationAsync_SecondTypedCodeForSameTemplateAndAffiliate_IsRefused()
    {
        var alice = await InsertAffiliateAsync("Alice");
        var template = await InsertTemplateAsync();
        var first = await GenerateAllAsync(new CouponGenerationRequest
        {
            TemplateDiscountId = template.Id, Pattern = CouponCodePattern.Typed, TypedCodes = new Dictionary<int, string> { [alice.Id] = "alice2026" }
        });

        var second = await NewScope().Service.StartGenerationAsync(new CouponGenerationRequest
        {
            TemplateDiscountId = template.Id, Pattern = CouponCodePattern.Typed, TypedCodes = new Dictionary<int, string> { [alice.Id] = "ALICEAGAIN" }
        });

        Assert.That(first.CreatedCount, Is.EqualTo(1));
        Assert.That((await CouponsAsync()).Single().CouponCode, Is.EqualTo("ALICE2026"));
        Assert.That(second.Problems, Is.EqualTo(new[] { new CouponProblem(CouponError.AffiliateAlreadyHasCode, alice.Id) }));
    }

    [Test]
    public async Task ProcessNextBatchAsync_CloneCopiesEveryTemplateFieldAndAppliesCodeNameDatesNote()
    {
        var alice = await InsertAffiliateAsync("Alice", "alice");
        var template = await InsertTemplateAsync();
        var start = new DateTime(2026, 6, 1);
        var end = new DateTime(2026, 9, 1);

        await GenerateAllAsync(new CouponGenerationRequest { TemplateDiscountId = template.Id, StartDateUtc = start, EndDateUtc = end, Note = "Summer run" });

        var coupon = (await CouponsAsync()).Single();
        var clone = (await DiscountsAsync()).Single(d => d.Id == coupon.DiscountId);
        var own = new[] { nameof(Discount.Id), nameof(Discount.Name), nameof(Discount.CouponCode), nameof(Discount.StartDateUtc), nameof(Discount.EndDateUtc), nameof(Discount.AdminComment) };
        var copied = typeof(Discount).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && !own.Contains(p.Name)).ToList();

        Assert.That(copied, Has.Count.GreaterThanOrEqualTo(14));
        Assert.Multiple(() =>
        {
            foreach (var property in copied)
                Assert.That(property.GetValue(clone), Is.EqualTo(property.GetValue(template)), property.Name);

            Assert.That(coupon.AffiliateId, Is.EqualTo(alice.Id));
            Assert.That(coupon.TemplateDiscountId, Is.EqualTo(template.Id));
            Assert.That(coupon.TemplateAffiliateKey, Is.EqualTo($"{template.Id}:{alice.Id}"));
            Assert.That(coupon.Active, Is.True);
            Assert.That(coupon.CouponCode, Does.Match("^ALICE[A-Z2-9]{4}$"));
            Assert.That(clone.CouponCode, Is.EqualTo(coupon.CouponCode));
            Assert.That(clone.Name, Is.EqualTo($"Spring affiliates – Alice Tester ({coupon.CouponCode})"));
            Assert.That(clone.StartDateUtc, Is.EqualTo(start));
            Assert.That(clone.EndDateUtc, Is.EqualTo(end));
            Assert.That(clone.AdminComment, Is.EqualTo("Summer run"));
        });
    }

    [Test]
    public async Task ProcessNextBatchAsync_CopiesMappingsRequirementTreeAndSettingsAndAddsPluginRequirement()
    {
        await InsertAffiliateAsync("Alice", "alice");
        var template = await InsertTemplateAsync();
        await Database.CreateRepository<DiscountProductMapping>().InsertAsync([new() { DiscountId = template.Id, EntityId = 11 }, new() { DiscountId = template.Id, EntityId = 12 }]);
        await Database.CreateRepository<DiscountCategoryMapping>().InsertAsync(new DiscountCategoryMapping { DiscountId = template.Id, EntityId = 21 });
        await Database.CreateRepository<DiscountManufacturerMapping>().InsertAsync(new DiscountManufacturerMapping { DiscountId = template.Id, EntityId = 31 });
        var discountService = NewScope().DiscountService;
        var root = new DiscountRequirement { DiscountId = template.Id, IsGroup = true, InteractionType = RequirementGroupInteractionType.And, DiscountRequirementRuleSystemName = "Default requirement group" };
        await discountService.InsertDiscountRequirementAsync(root);
        var roles = new DiscountRequirement { DiscountId = template.Id, ParentId = root.Id, DiscountRequirementRuleSystemName = "DiscountRequirement.MustBeAssignedToCustomerRole" };
        await discountService.InsertDiscountRequirementAsync(roles);
        var orGroup = new DiscountRequirement { DiscountId = template.Id, ParentId = root.Id, IsGroup = true, InteractionType = RequirementGroupInteractionType.Or, DiscountRequirementRuleSystemName = "Either" };
        await discountService.InsertDiscountRequirementAsync(orGroup);
        await discountService.InsertDiscountRequirementAsync(new DiscountRequirement { DiscountId = template.Id, ParentId = orGroup.Id, DiscountRequirementRuleSystemName = "DiscountRequirement.HadSpentAmount" });
        await discountService.InsertDiscountRequirementAsync(new DiscountRequirement { DiscountId = template.Id, ParentId = orGroup.Id, DiscountRequirementRuleSystemName = "DiscountRequirement.HasOneProduct" });
        _settings.Add(new Setting($"DiscountRequirement.MustBeAssignedToCustomerRole-{roles.Id}", "3"));

        await GenerateAllAsync(new CouponGenerationRequest { TemplateDiscountId = template.Id });

        var discountId = (await CouponsAsync()).Single().DiscountId;
        var requirements = await NewScope().DiscountService.GetAllDiscountRequirementsAsync(discountId);
        var cloneRoot = requirements.Single(r => !r.ParentId.HasValue);
        var cloneRoles = requirements.Single(r => r.DiscountRequirementRuleSystemName == "DiscountRequirement.MustBeAssignedToCustomerRole");
        var cloneOr = requirements.Single(r => r.DiscountRequirementRuleSystemName == "Either");
        Assert.Multiple(async () =>
        {
            Assert.That((await Database.CreateRepository<DiscountProductMapping>().GetAllAsync(q => q.Where(m => m.DiscountId == discountId))).Select(m => m.EntityId), Is.EquivalentTo(new[] { 11, 12 }));
            Assert.That((await Database.CreateRepository<DiscountCategoryMapping>().GetAllAsync(q => q.Where(m => m.DiscountId == discountId))).Select(m => m.EntityId), Is.EqualTo(new[] { 21 }));
            Assert.That((await Database.CreateRepository<DiscountManufacturerMapping>().GetAllAsync(q => q.Where(m => m.DiscountId == discountId))).Select(m => m.EntityId), Is.EqualTo(new[] { 31 }));

            Assert.That(requirements, Has.Count.EqualTo(6));
            Assert.That(cloneRoot.IsGroup && cloneRoot.InteractionType == RequirementGroupInteractionType.And, Is.True);
            Assert.That(cloneRoot.Id, Is.Not.EqualTo(root.Id));
            Assert.That(cloneRoles.ParentId, Is.EqualTo(cloneRoot.Id));
            Assert.That(cloneOr.ParentId, Is.EqualTo(cloneRoot.Id));
            Assert.That(cloneOr.InteractionType, Is.EqualTo(RequirementGroupInteractionType.Or));
            Assert.That(requirements.Where(r => r.ParentId == cloneOr.Id).Select(r => r.DiscountRequirementRuleSystemName),
                Is.EquivalentTo(new[] { "DiscountRequirement.HadSpentAmount", "DiscountRequirement.HasOneProduct" }));
            Assert.That(requirements.Single(r => r.DiscountRequirementRuleSystemName == AffiliateTrackingDefaults.SystemName).ParentId, Is.EqualTo(cloneRoot.Id));
            Assert.That(_settings.Select(s => (s.Name, s.Value)), Does.Contain(($"DiscountRequirement.MustBeAssignedToCustomerRole-{cloneRoles.Id}", "3")));
        });
    }

    [TestCase(RequirementGroupInteractionType.Or)]
    [TestCase(RequirementGroupInteractionType.And)]
    [TestCase(null)]
    public async Task ProcessNextBatchAsync_TemplateOrGroupOrNoRequirements_PluginRequirementStillMustPass(RequirementGroupInteractionType? templateGroup)
    {
        var owner = await InsertAffiliateAsync("Alice", "alice", email: "alice@example.com");
        var template = await InsertTemplateAsync(t => { t.StartDateUtc = null; t.EndDateUtc = null; t.DiscountLimitation = DiscountLimitationType.Unlimited; });
        if (templateGroup.HasValue)
        {
            var discountService = NewScope().DiscountService;
            var group = new DiscountRequirement { DiscountId = template.Id, IsGroup = true, InteractionType = templateGroup, DiscountRequirementRuleSystemName = "Default requirement group" };
            await discountService.InsertDiscountRequirementAsync(group);
            // Under Or, a rule every customer passes must not let the code through without the plugin's check.
            await discountService.InsertDiscountRequirementAsync(new DiscountRequirement { DiscountId = template.Id, ParentId = group.Id, DiscountRequirementRuleSystemName = CouponTestContext.AlwaysValidRuleSystemName });
        }

        await GenerateAllAsync(new CouponGenerationRequest { TemplateDiscountId = template.Id });

        var scope = NewScope();
        var discount = await scope.DiscountService.GetDiscountByIdAsync((await CouponsAsync()).Single().DiscountId);
        // Alice's customer account is the program member linked to her affiliate.
        await Database.CreateRepository<AffiliateMember>().InsertAsync(new AffiliateMember
        {
            CustomerId = 1, AffiliateId = owner.Id, Status = MemberStatus.Approved, AppliedOnUtc = CouponTestContext.Now
        });
        var ownerResult = await scope.DiscountService.ValidateDiscountAsync(discount, new Customer { Id = 1, Email = "ALICE@example.com" }, [discount.CouponCode.ToLowerInvariant()]);
        var shopperResult = await scope.DiscountService.ValidateDiscountAsync(discount, new Customer { Id = 2, Email = "shopper@example.com" }, [discount.CouponCode]);

        Assert.That(owner.Id, Is.GreaterThan(0));
        Assert.That(ownerResult.IsValid, Is.False);
        Assert.That(ownerResult.Errors, Does.Contain("You cannot use your own affiliate coupon code."));
        Assert.That(shopperResult.IsValid, Is.True);
    }

    [Test]
    public async Task ProcessNextBatchAsync_InBatches_ResumesFromCursorInNewServiceInstance()
    {
        var affiliates = await InsertAffiliatesAsync(5);
        await InsertAffiliateAsync("Sleepy", "sleepy", active: false);
        await InsertAffiliateAsync("Gone", "gone", deleted: true);
        var template = await InsertTemplateAsync();
        var start = await NewScope().Service.StartGenerationAsync(new CouponGenerationRequest { TemplateDiscountId = template.Id, Pattern = CouponCodePattern.PrefixRandom, Prefix = "aff", RandomLength = 6 });

        var first = await NewScope().Service.ProcessNextBatchAsync(start.Job.Id, 2);
        var second = await NewScope().Service.ProcessNextBatchAsync(start.Job.Id, 2);
        var resumed = NewScope().Service;
        var third = await resumed.ProcessNextBatchAsync(start.Job.Id, 2);
        var afterEnd = await resumed.ProcessNextBatchAsync(start.Job.Id, 2);

        Assert.Multiple(async () =>
        {
            Assert.That(start.Job.TotalCount, Is.EqualTo(5));
            Assert.That((first.Status, first.ProcessedCount, first.LastAffiliateId), Is.EqualTo((CouponGenerationJobStatus.Running, 2, affiliates[1].Id)));
            Assert.That((second.Status, second.ProcessedCount, second.LastAffiliateId), Is.EqualTo((CouponGenerationJobStatus.Running, 4, affiliates[3].Id)));
            Assert.That((third.Status, third.ProcessedCount, third.CreatedCount, third.SkippedCount), Is.EqualTo((CouponGenerationJobStatus.Completed, 5, 5, 0)));
            Assert.That(afterEnd.ProcessedCount, Is.EqualTo(5));
            var coupons = await CouponsAsync();
            Assert.That(coupons.Select(c => c.AffiliateId), Is.EqualTo(affiliates.Select(a => a.Id)));
            Assert.That(coupons.Select(c => c.CouponCode), Has.All.Match("^AFF[A-Z2-9]{6}$"));
            Assert.That(coupons.Select(c => c.CouponCode), Is.Unique);
            Assert.That(await DiscountsAsync(), Has.Count.EqualTo(6));
        });
    }

    [Test]
    public async Task ProcessNextBatchAsync_SameRequestTwiceOrJobRepeated_CreatesNothingTwice()
    {
        await InsertAffiliatesAsync(4);
        var template = await InsertTemplateAsync();
        var request = new CouponGenerationRequest { TemplateDiscountId = template.Id };

        var first = await GenerateAllAsync(request);
        var second = await GenerateAllAsync(request);
        var otherScope = NewScope().Service;
        var replay = await otherScope.ProcessNextBatchAsync(first.Id);

        Assert.That((first.CreatedCount, first.SkippedCount), Is.EqualTo((4, 0)));
        Assert.That((second.CreatedCount, second.SkippedCount), Is.EqualTo((0, 4)));
        Assert.That(replay.CreatedCount, Is.EqualTo(4));
        Assert.That(await CouponsAsync(), Has.Count.EqualTo(4));
        Assert.That(await DiscountsAsync(), Has.Count.EqualTo(5));
    }

    [Test]
    public async Task ProcessNextBatchAsync_CodeEqualToAnotherDiscountInOtherCase_IsNeverGenerated()
    {
        var alice = await InsertAffiliateAsync("Alice", "alice");
        var template = await InsertTemplateAsync();
        await InsertTemplateAsync(t => { t.Name = "Existing"; t.CouponCode = "alice" + "abcd"; });

        // Every draw of the random part hits the taken code first ("ALICEABCD"), then a free one.
        var job = await GenerateAllAsync(new CouponGenerationRequest { TemplateDiscountId = template.Id });

        var code = (await CouponsAsync()).Single().CouponCode;
        Assert.That(job.CreatedCount, Is.EqualTo(1));
        Assert.That(code, Is.Not.EqualTo("ALICEABCD"));
        Assert.That((await DiscountsAsync()).Select(d => d.CouponCode?.ToUpperInvariant()), Is.Unique);
        Assert.That(alice.Id, Is.GreaterThan(0));
    }

    [Test]
    public async Task ProcessNextBatchAsync_ConcurrentScopesOnOneJob_NoDuplicates()
    {
        var affiliates = await InsertAffiliatesAsync(12);
        var template = await InsertTemplateAsync();
        var start = await NewScope().Service.StartGenerationAsync(new CouponGenerationRequest { TemplateDiscountId = template.Id });
        var other = await NewScope().Service.StartGenerationAsync(new CouponGenerationRequest { TemplateDiscountId = template.Id });

        var scopes = Enumerable.Range(0, 4).Select(_ => NewScope()).ToList();
        await Task.WhenAll(scopes.Select((scope, i) => Task.Run(async () =>
        {
            var jobId = i % 2 == 0 ? start.Job.Id : other.Job.Id;
            var job = await scope.Service.ProcessNextBatchAsync(jobId, 5);
            while (job.Status != CouponGenerationJobStatus.Completed)
                job = await scope.Service.ProcessNextBatchAsync(jobId, 5);
        })));

        var coupons = await CouponsAsync();
        var discounts = await DiscountsAsync();
        Assert.That(coupons.Select(c => c.AffiliateId), Is.EqualTo(affiliates.Select(a => a.Id)));
        Assert.That(discounts, Has.Count.EqualTo(13), "a discount made by a run that lost the race is deleted again");
        Assert.That(discounts.Where(d => d.Id != template.Id).Select(d => d.Id), Is.EquivalentTo(coupons.Select(c => c.DiscountId)));
        var requirements = await NewScope().DiscountService.GetAllDiscountRequirementsAsync();
        Assert.That(requirements.Select(r => r.DiscountId).Distinct(), Is.SubsetOf(coupons.Select(c => c.DiscountId)));
    }

    [Test]
    public async Task SyncFromTemplateAsync_CopiesTemplateChangesButKeepsEachCodesOwnValues()
    {
        await InsertAffiliatesAsync(2);
        var template = await InsertTemplateAsync();
        await Database.CreateRepository<DiscountProductMapping>().InsertAsync(new DiscountProductMapping { DiscountId = template.Id, EntityId = 11 });
        await GenerateAllAsync(new CouponGenerationRequest { TemplateDiscountId = template.Id, StartDateUtc = new DateTime(2026, 6, 1) });
        var coupons = await CouponsAsync();
        await NewScope().Service.DeactivateAsync(coupons[0].Id);
        var before = (await DiscountsAsync()).Where(d => d.Id != template.Id).ToDictionary(d => d.Id);

        template.DiscountPercentage = 20m;
        template.MaximumDiscountAmount = null;
        template.IsCumulative = false;
        template.LimitationTimes = 7;
        template.Name = "Renamed template";
        await Database.CreateRepository<Discount>().UpdateAsync(template);
        await Database.CreateRepository<DiscountProductMapping>().DeleteAsync(m => m.DiscountId == template.Id);
        await Database.CreateRepository<DiscountCategoryMapping>().InsertAsync(new DiscountCategoryMapping { DiscountId = template.Id, EntityId = 77 });

        var count = await NewScope().Service.SyncFromTemplateAsync(template.Id);

        var after = (await DiscountsAsync()).Where(d => d.Id != template.Id).ToList();
        var requirements = await NewScope().DiscountService.GetAllDiscountRequirementsAsync();
        Assert.That(count, Is.EqualTo(2));
        Assert.Multiple(async () =>
        {
            foreach (var discount in after)
            {
                Assert.That((discount.DiscountPercentage, discount.MaximumDiscountAmount, discount.IsCumulative, discount.LimitationTimes), Is.EqualTo((20m, (decimal?)null, false, 7)));
                Assert.That((discount.Name, discount.CouponCode, discount.StartDateUtc, discount.IsActive),
                    Is.EqualTo((before[discount.Id].Name, before[discount.Id].CouponCode, before[discount.Id].StartDateUtc, before[discount.Id].IsActive)));
                Assert.That(requirements.Count(r => r.DiscountId == discount.Id && r.DiscountRequirementRuleSystemName == AffiliateTrackingDefaults.SystemName), Is.EqualTo(1));
            }
            Assert.That(after.Single(d => d.Id == coupons[0].DiscountId).IsActive, Is.False);
            Assert.That(await Database.CreateRepository<DiscountProductMapping>().GetAllAsync(q => q), Is.Empty);
            Assert.That((await Database.CreateRepository<DiscountCategoryMapping>().GetAllAsync(q => q)).Select(m => m.DiscountId),
                Is.EquivalentTo(new[] { template.Id }.Concat(after.Select(d => d.Id))));
        });
    }

    [Test]
    public async Task DeactivateAsync_SwitchesOffDiscountAndCoupon()
    {
        await InsertAffiliatesAsync(1);
        var template = await InsertTemplateAsync();
        await GenerateAllAsync(new CouponGenerationRequest { TemplateDiscountId = template.Id });
        var coupon = (await CouponsAsync()).Single();

        var result = await NewScope().Service.DeactivateAsync(coupon.Id);
        var missing = await NewScope().Service.DeactivateAsync(999);

        Assert.That(result.Success, Is.True);
        Assert.That((await CouponsAsync()).Single().Active, Is.False);
        Assert.That((await DiscountsAsync()).Single(d => d.Id == coupon.DiscountId).IsActive, Is.False);
        Assert.That(missing.Error, Is.EqualTo(CouponError.CouponNotFound));
        Assert.That(AffiliateTrackingLocales.Resources, Does.ContainKey(missing.ErrorResourceKey));
    }

    [Test]
    public async Task RegenerateAsync_GivesSameDiscountAndCouponANewCode()
    {
        await InsertAffiliateAsync("Alice", "alice");
        var template = await InsertTemplateAsync();
        await GenerateAllAsync(new CouponGenerationRequest { TemplateDiscountId = template.Id });
        var before = (await CouponsAsync()).Single();

        var result = await NewScope().Service.RegenerateAsync(before.Id);

        var after = (await CouponsAsync()).Single();
        var discount = (await DiscountsAsync()).Single(d => d.Id == before.DiscountId);
        Assert.That(result.Success, Is.True);
        Assert.That((after.Id, after.DiscountId), Is.EqualTo((before.Id, before.DiscountId)));
        Assert.That(after.CouponCode, Is.Not.EqualTo(before.CouponCode).And.Match("^ALICE[A-Z2-9]{4}$"));
        Assert.That(discount.CouponCode, Is.EqualTo(after.CouponCode));
        Assert.That(discount.Name, Is.EqualTo($"Spring affiliates – Alice Tester ({after.CouponCode})"));
    }

    [Test]
    public async Task GetCouponsAsync_FiltersByTemplateAndAffiliate()
    {
        var affiliates = await InsertAffiliatesAsync(2);
        var template = await InsertTemplateAsync();
        var other = await InsertTemplateAsync(t => t.CouponCode = "OTHERTPL");
        await GenerateAllAsync(new CouponGenerationRequest { TemplateDiscountId = template.Id });
        await GenerateAllAsync(new CouponGenerationRequest { TemplateDiscountId = other.Id, AffiliateIds = [affiliates[0].Id] });
        var service = NewScope().Service;

        Assert.That(await service.GetCouponsAsync(templateDiscountId: template.Id), Has.Count.EqualTo(2));
        Assert.That(await service.GetCouponsAsync(affiliateId: affiliates[0].Id), Has.Count.EqualTo(2));
        Assert.That(await service.GetCouponsAsync(other.Id, affiliates[1].Id), Is.Empty);
        var coupon = (await service.GetCouponsAsync(other.Id)).Single();
        Assert.That((await service.GetCouponByDiscountIdAsync(coupon.DiscountId)).Id, Is.EqualTo(coupon.Id));
    }

    [Test]
    public void GetCouponTrackingUrl_EmbedsCodeAndAffiliate()
    {
        var service = NewScope().Service;
        var coupon = new AffiliateCoupon { CouponCode = "ALICE7K2P" };

        Assert.That(service.GetCouponTrackingUrl(coupon, new Affiliate { Id = 4, FriendlyUrlName = "alice" }, "https://store.example/"),
            Is.EqualTo("https://store.example/?discountcoupon=ALICE7K2P&ref=alice"));
        Assert.That(service.GetCouponTrackingUrl(coupon, new Affiliate { Id = 4 }, "https://store.example/"),
            Is.EqualTo("https://store.example/?discountcoupon=ALICE7K2P&ref=4"));
    }
}
