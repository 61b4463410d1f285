using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class CouponCodeGeneratorTests
{
    private const string LookAlikes = "0O1IL";

    private static CouponCodeGenerator Seeded(int seed = 42) => new(new Random(seed));

    // Replays the given alphabet indexes in order, then keeps returning the last one.
    private static CouponCodeGenerator Scripted(params int[] indexes)
    {
        var position = 0;
        return new CouponCodeGenerator(_ => indexes[Math.Min(position++, indexes.Length - 1)]);
    }

    private static HashSet<string> NoneTaken() => CouponCodeRules.CreateTakenSet([]);

    [Test]
    public void Constructor_NullSource_Throws()
    {
        Assert.That(() => new CouponCodeGenerator((Func<int, int>)null), Throws.ArgumentNullException);
        Assert.That(() => new CouponCodeGenerator((Random)null), Throws.ArgumentNullException);
    }

    [Test]
    public void CreateSecure_Generates_ValidCodes()
    {
        var generator = CouponCodeGenerator.CreateSecure();
        var taken = NoneTaken();

        for (var i = 0; i < 100; i++)
        {
            var result = generator.WithPrefix("SPRING", 6, taken);
            Assert.That(result.IsSuccess, Is.True, result.Error.ToString());
            Assert.That(CouponCodeRules.Validate(result.Code), Is.EqualTo(CouponCodeError.None));
        }

        Assert.That(taken, Has.Count.EqualTo(100));
    }

    [TestCase(3, false)]
    [TestCase(4, true)]
    [TestCase(12, true)]
    [TestCase(13, false)]
    [TestCase(0, false)]
    [TestCase(-1, false)]
    public void IsValidRandomLength_Length_RespectsInclusiveLimits(int length, bool expected)
    {
        Assert.That(CouponCodeGenerator.IsValidRandomLength(length), Is.EqualTo(expected));
    }

    [Test]
    public void FromName_Name_IsStemPlusSuffixFromAlphabet()
    {
        // Indexes 0, 1, 23 and 30 are 'A', 'B', '2' and '9'.
        var result = Scripted(0, 1, 23, 30).FromName("Zoë Müller", 4, NoneTaken());

        Assert.That(result.IsSuccess, Is.True, result.Error.ToString());
        Assert.That(result.Code, Is.EqualTo("ZOEMULLERAB29"));
    }

    [TestCase(3)]
    [TestCase(13)]
    [TestCase(0)]
    [TestCase(-4)]
    public void FromName_SuffixLengthOutOfRange_ReturnsInvalidRandomLength(int suffixLength)
    {
        var result = Seeded().FromName("Alice", suffixLength, NoneTaken());

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error, Is.EqualTo(CouponCodeError.InvalidRandomLength));
        Assert.That(result.Code, Is.Null);
    }

    [TestCase(4)]
    [TestCase(12)]
    public void FromName_SuffixLengthAtLimit_Succeeds(int suffixLength)
    {
        var result = Seeded().FromName("Alice", suffixLength, NoneTaken());

        Assert.That(result.IsSuccess, Is.True, result.Error.ToString());
        Assert.That(result.Code, Has.Length.EqualTo("ALICE".Length + suffixLength));
    }

    [TestCase(4, "BARTHOLOMEWMONTG")]
    [TestCase(6, "BARTHOLOMEWMON")]
    [TestCase(12, "BARTHOLO")]
    public void FromName_LongName_IsCutToMaxLength(int suffixLength, string expectedStem)
    {
        var result = Seeded().FromName("Bartholomew Montgomery-Smythe the Third", suffixLength, NoneTaken());

        Assert.That(result.IsSuccess, Is.True, result.Error.ToString());
        Assert.That(result.Code, Has.Length.EqualTo(CouponCodeRules.MaxLength));
        Assert.That(result.Code, Does.StartWith(expectedStem));
        Assert.That(CouponCodeRules.Validate(result.Code), Is.EqualTo(CouponCodeError.None));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("!!! ???")]
    [TestCase("😀🎉🚀")]
    [TestCase("★彡")]
    [TestCase("Иван Петров")]
    public void FromName_NoUsableLetters_FallsBackToDefaultStem(string name)
    {
        var result = Seeded().FromName(name, 4, NoneTaken());

        Assert.That(result.IsSuccess, Is.True, result.Error.ToString());
        Assert.That(result.Code, Does.StartWith(CouponCodeGenerator.FallbackStem));
        Assert.That(result.Code, Has.Length.EqualTo(CouponCodeGenerator.FallbackStem.Length + 4));
    }

    [Test]
    public void FromName_SuffixTaken_DrawsAgain()
    {
        var taken = CouponCodeRules.CreateTakenSet(["aliceaaaa"]);

        var result = Scripted(0, 0, 0, 0, 1, 1, 1, 1).FromName("Alice", 4, taken);

        Assert.That(result.Code, Is.EqualTo("ALICEBBBB"));
    }

    [Test]
    public void FromName_EveryDrawTaken_GrowsSuffixByOne()
    {
        var taken = CouponCodeRules.CreateTakenSet(["ALICEAAAA"]);

        var result = Scripted(0).FromName("Alice", 4, taken);

        Assert.That(result.IsSuccess, Is.True, result.Error.ToString());
        Assert.That(result.Code, Is.EqualTo("ALICEAAAAA"));
    }

    [Test]
    public void FromName_GrownSuffixWouldNotFit_ShortensStem()
    {
        var stem = CouponCodeRules.StemFromName("Bartholomew Montgomery", CouponCodeRules.MaxLength - 4);
        var taken = CouponCodeRules.CreateTakenSet([stem + "AAAA"]);

        var result = Scripted(0).FromName("Bartholomew Montgomery", 4, taken);

        Assert.That(result.Code, Is.EqualTo(stem[..^1] + "AAAAA"));
        Assert.That(result.Code, Has.Length.EqualTo(CouponCodeRules.MaxLength));
    }

    [Test]
    public void FromName_RandomSourceStuck_ReportsExhaustedInsteadOfLooping()
    {
        var calls = 0;
        var generator = new CouponCodeGenerator(_ =>
        {
            calls++;
            return 0;
        });
        var taken = CouponCodeRules.CreateTakenSet(["ALICEAAAA", "ALICEAAAAA"]);

        var result = generator.FromName("Alice", 4, taken);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error, Is.EqualTo(CouponCodeError.Exhausted));
        Assert.That(calls, Is.EqualTo(CouponCodeGenerator.AttemptsPerLength * (4 + 5)));
        Assert.That(taken, Has.Count.EqualTo(2));
    }

    [TestCase(-1)]
    [TestCase(31)]
    [TestCase(int.MaxValue)]
    public void FromName_RandomSourceOutOfRange_Throws(int index)
    {
        var generator = new CouponCodeGenerator(_ => index);

        Assert.That(() => generator.FromName("Alice", 4, NoneTaken()), Throws.InvalidOperationException);
    }

    [Test]
    public void FromName_Success_ReservesCodeInTakenSet()
    {
        var taken = NoneTaken();

        var result = Seeded().FromName("Alice", 4, taken);

        Assert.That(taken, Does.Contain(result.Code));
    }

    [Test]
    public void FromName_NullTakenSet_Throws()
    {
        Assert.That(() => Seeded().FromName("Alice", 4, null), Throws.ArgumentNullException);
    }

    [Test]
    public void FromName_SameSeed_GivesSameCodes()
    {
        var first = Seeded(7);
        var second = Seeded(7);
        var firstTaken = NoneTaken();
        var secondTaken = NoneTaken();

        var firstCodes = Enumerable.Range(1, 50).Select(i => first.FromName($"Affiliate {i}", 6, firstTaken).Code).ToList();
        var secondCodes = Enumerable.Range(1, 50).Select(i => second.FromName($"Affiliate {i}", 6, secondTaken).Code).ToList();

        Assert.That(secondCodes, Is.EqualTo(firstCodes));
    }

    [Test]
    public void FromName_DifferentSeed_GivesDifferentCodes()
    {
        var first = Seeded(7).FromName("Alice", 8, NoneTaken()).Code;
        var second = Seeded(8).FromName("Alice", 8, NoneTaken()).Code;

        Assert.That(second, Is.Not.EqualTo(first));
    }

    [Test]
    public void FromName_TenThousandAffiliates_AllDistinctValidAndWithoutLookAlikes()
    {
        const int count = 10_000;
        const int suffixLength = 4;
        var draws = 0;
        var random = new Random(2026);
        var generator = new CouponCodeGenerator(max =>
        {
            draws++;
            return random.Next(max);
        });
        var taken = CouponCodeRules.CreateTakenSet(["AFFILIATE1AAAA", "SUMMER10"]);
        var codes = new List<string>(count);

        for (var i = 1; i <= count; i++)
        {
            var result = generator.FromName($"Affiliate {i}", suffixLength, taken);
            Assert.That(result.IsSuccess, Is.True, $"Affiliate {i}: {result.Error}");
            codes.Add(result.Code);
        }

        Assert.That(codes.Distinct(StringComparer.OrdinalIgnoreCase).Count(), Is.EqualTo(count));
        Assert.That(taken, Has.Count.EqualTo(count + 2));
        Assert.That(codes.Select(CouponCodeRules.Validate), Has.All.EqualTo(CouponCodeError.None));
        for (var i = 1; i <= count; i++)
        {
            var stem = $"AFFILIATE{i}";
            Assert.That(codes[i - 1], Does.StartWith(stem));
            var randomPart = codes[i - 1][stem.Length..];
            Assert.That(randomPart.IndexOfAny(LookAlikes.ToCharArray()), Is.EqualTo(-1), codes[i - 1]);
        }

        // The cost per code is flat: barely more random draws than characters produced.
        Assert.That(draws, Is.LessThan(count * suffixLength * 11 / 10));
    }

    [Test]
    public void WithPrefix_Prefix_IsNormalizedPrefixPlusRandomPart()
    {
        var result = Scripted(2, 3, 4, 5, 6, 7).WithPrefix("  summer ", 6, NoneTaken());

        Assert.That(result.IsSuccess, Is.True, result.Error.ToString());
        Assert.That(result.Code, Is.EqualTo("SUMMERCDEFGH"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void WithPrefix_NoPrefix_IsRandomPartOnly(string prefix)
    {
        var result = Seeded().WithPrefix(prefix, 8, NoneTaken());

        Assert.That(result.IsSuccess, Is.True, result.Error.ToString());
        Assert.That(result.Code, Has.Length.EqualTo(8));
        Assert.That(result.Code.All(CouponCodeAlphabet.Contains), Is.True);
    }

    [TestCase("SUMMER-")]
    [TestCase("SUM MER")]
    [TestCase("ÉTÉ")]
    [TestCase("ＳＡＬＥ")]
    [TestCase("SALE_")]
    public void WithPrefix_InvalidCharacters_ReturnsInvalidCharacters(string prefix)
    {
        Assert.That(Seeded().WithPrefix(prefix, 6, NoneTaken()).Error, Is.EqualTo(CouponCodeError.InvalidCharacters));
    }

    [TestCase(3)]
    [TestCase(13)]
    public void WithPrefix_RandomLengthOutOfRange_ReturnsInvalidRandomLength(int randomLength)
    {
        Assert.That(Seeded().WithPrefix("SUMMER", randomLength, NoneTaken()).Error, Is.EqualTo(CouponCodeError.InvalidRandomLength));
    }

    [TestCase(14, 6, CouponCodeError.None)]
    [TestCase(15, 6, CouponCodeError.TooLong)]
    [TestCase(8, 12, CouponCodeError.None)]
    [TestCase(9, 12, CouponCodeError.TooLong)]
    [TestCase(16, 4, CouponCodeError.None)]
    [TestCase(17, 4, CouponCodeError.TooLong)]
    public void WithPrefix_TotalLength_IsLimitedToMaxLength(int prefixLength, int randomLength, CouponCodeError expected)
    {
        var result = Seeded().WithPrefix(new string('P', prefixLength), randomLength, NoneTaken());

        Assert.That(result.Error, Is.EqualTo(expected));
        if (result.IsSuccess)
            Assert.That(result.Code, Has.Length.EqualTo(prefixLength + randomLength));
    }

    [Test]
    public void WithPrefix_EveryDrawTaken_GrowsRandomPartByOne()
    {
        var taken = CouponCodeRules.CreateTakenSet(["SALEAAAA"]);

        var result = Scripted(0).WithPrefix("SALE", 4, taken);

        Assert.That(result.Code, Is.EqualTo("SALEAAAAA"));
    }

    [Test]
    public void WithPrefix_FullLengthAndEveryDrawTaken_NeverCutsPrefixAndReportsExhausted()
    {
        var prefix = new string('P', CouponCodeRules.MaxLength - 4);
        var taken = CouponCodeRules.CreateTakenSet([prefix + "AAAA"]);

        var result = Scripted(0).WithPrefix(prefix, 4, taken);

        Assert.That(result.Error, Is.EqualTo(CouponCodeError.Exhausted));
    }

    [Test]
    public void WithPrefix_SameSeed_GivesSameCodes()
    {
        var first = Seeded(11);
        var second = Seeded(11);
        var firstTaken = NoneTaken();
        var secondTaken = NoneTaken();

        var firstCodes = Enumerable.Range(0, 20).Select(_ => first.WithPrefix("VIP", 6, firstTaken).Code).ToList();
        var secondCodes = Enumerable.Range(0, 20).Select(_ => second.WithPrefix("VIP", 6, secondTaken).Code).ToList();

        Assert.That(secondCodes, Is.EqualTo(firstCodes));
    }

    [Test]
    public void WithPrefix_TenThousandCodesOnOnePrefix_AllDistinct()
    {
        var generator = Seeded(99);
        var taken = NoneTaken();

        var codes = Enumerable.Range(0, 10_000).Select(_ => generator.WithPrefix("SALE", 4, taken)).ToList();

        Assert.That(codes.Select(c => c.Error), Has.All.EqualTo(CouponCodeError.None));
        Assert.That(codes.Select(c => c.Code).Distinct().Count(), Is.EqualTo(10_000));
        Assert.That(codes.Select(c => c.Code[4..]).All(part => part.All(CouponCodeAlphabet.Contains)), Is.True);
    }

    [TestCase("  alice2026 ", "ALICE2026")]
    [TestCase("Summer10", "SUMMER10")]
    [TestCase("ABCD", "ABCD")]
    public void Typed_ValidCode_ReturnsNormalizedCodeAndReservesIt(string code, string expected)
    {
        var taken = NoneTaken();

        var result = Seeded().Typed(code, taken);

        Assert.That(result.IsSuccess, Is.True, result.Error.ToString());
        Assert.That(result.Code, Is.EqualTo(expected));
        Assert.That(taken, Does.Contain(expected));
    }

    [TestCase(null, CouponCodeError.Empty)]
    [TestCase("  ", CouponCodeError.Empty)]
    [TestCase("ABC", CouponCodeError.TooShort)]
    [TestCase("ABCDEFGHIJKLMNOPQRSTU", CouponCodeError.TooLong)]
    [TestCase("AB-CD", CouponCodeError.InvalidCharacters)]
    [TestCase("CAFÉ", CouponCodeError.InvalidCharacters)]
    public void Typed_InvalidFormat_ReturnsFormatErrorAndReservesNothing(string code, CouponCodeError expected)
    {
        var taken = NoneTaken();

        var result = Seeded().Typed(code, taken);

        Assert.That(result.Error, Is.EqualTo(expected));
        Assert.That(result.Code, Is.Null);
        Assert.That(taken, Is.Empty);
    }

    [TestCase("ALICE7K")]
    [TestCase("alice7k")]
    [TestCase("Alice7K")]
    [TestCase(" alice7K ")]
    public void Typed_CodeTakenInAnyCase_ReturnsTaken(string code)
    {
        var taken = CouponCodeRules.CreateTakenSet(["alice7K"]);

        var result = Seeded().Typed(code, taken);

        Assert.That(result.Error, Is.EqualTo(CouponCodeError.Taken));
        Assert.That(result.Code, Is.Null);
    }

    [Test]
    public void Typed_CodeTakenInCallerIgnoreCaseSet_ReturnsTaken()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "alice7K" };

        Assert.That(Seeded().Typed("ALICE7K", taken).Error, Is.EqualTo(CouponCodeError.Taken));
    }

    [Test]
    public void Typed_SameCodeTwiceInOneBatch_SecondIsTaken()
    {
        var generator = Seeded();
        var taken = NoneTaken();

        var first = generator.Typed("SPRING24", taken);
        var second = generator.Typed("spring24", taken);

        Assert.That(first.IsSuccess, Is.True);
        Assert.That(second.Error, Is.EqualTo(CouponCodeError.Taken));
    }

    [Test]
    public void Typed_GeneratedCodeAlreadyReserved_ReturnsTaken()
    {
        var generator = Scripted(0);
        var taken = NoneTaken();
        var generated = generator.FromName("Alice", 4, taken);

        var typed = generator.Typed(generated.Code.ToLowerInvariant(), taken);

        Assert.That(typed.Error, Is.EqualTo(CouponCodeError.Taken));
    }
}
