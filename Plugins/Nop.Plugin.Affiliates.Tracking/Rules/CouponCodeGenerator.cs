using System.Security.Cryptography;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Produces per-affiliate coupon codes for the three patterns: the affiliate's name plus a random suffix, a fixed prefix
/// plus random characters, or a code typed by the owner.
/// Uniqueness is checked against a set of codes already in use (see <see cref="CouponCodeRules.CreateTakenSet"/>),
/// never the database, so each code costs the same however many exist. On success the code is added to that set,
/// so one batch can never hand out a code twice; a code that is then not saved merely stays reserved for the batch.
/// </summary>
public sealed class CouponCodeGenerator
{
    public const int MinRandomLength = 4;

    public const int MaxRandomLength = 12;

    /// <summary>
    /// The stem used when an affiliate's name has no letters or digits left once accents and symbols are removed.
    /// </summary>
    public const string FallbackStem = "PARTNER";

    // With 31^4 ≈ 924 thousand suffixes, 10,000 codes on one prefix make a draw collide about 1% of the time, and with
    // 31^6 ≈ 887 million almost never; 20 attempts fail only when the space is nearly used up (or the random source is broken).
    // Then one longer random part is tried before giving up, so the loop always ends.
    public const int AttemptsPerLength = 20;

    private readonly Func<int, int> _nextIndex;

    /// <param name="nextIndex">Returns a random integer from 0 up to, not including, its argument.</param>
    public CouponCodeGenerator(Func<int, int> nextIndex)
    {
        _nextIndex = nextIndex ?? throw new ArgumentNullException(nameof(nextIndex));
    }

    public CouponCodeGenerator(Random random)
        : this((random ?? throw new ArgumentNullException(nameof(random))).Next)
    {
    }

    /// <summary>
    /// A generator for real codes. A cryptographic source keeps one affiliate's code from revealing the next one's.
    /// </summary>
    public static CouponCodeGenerator CreateSecure() => new(RandomNumberGenerator.GetInt32);

    public static bool IsValidRandomLength(int length) => length is >= MinRandomLength and <= MaxRandomLength;

    /// <summary>
    /// A code made of the affiliate's name or handle (see <see cref="CouponCodeRules.StemFromName"/>) followed by
    /// <paramref name="suffixLength"/> random characters; the name is cut so the whole code fits <see cref="CouponCodeRules.MaxLength"/>.
    /// </summary>
    public CouponCodeResult FromName(string name, int suffixLength, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        if (!IsValidRandomLength(suffixLength))
            return CouponCodeResult.Failure(CouponCodeError.InvalidRandomLength);

        var stem = CouponCodeRules.StemFromName(name, CouponCodeRules.MaxLength - suffixLength);
        if (stem.Length == 0)
            stem = FallbackStem;

        return Draw(stem, suffixLength, taken, canShortenHead: true);
    }

    /// <summary>
    /// A code made of <paramref name="prefix"/> (letters and digits, any case; may be empty) followed by
    /// <paramref name="randomLength"/> random characters.
    /// </summary>
    public CouponCodeResult WithPrefix(string prefix, int randomLength, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        if (!IsValidRandomLength(randomLength))
            return CouponCodeResult.Failure(CouponCodeError.InvalidRandomLength);

        var head = CouponCodeRules.Normalize(prefix);
        if (!CouponCodeRules.ContainsOnlyCodeCharacters(head))
            return CouponCodeResult.Failure(CouponCodeError.InvalidCharacters);
        if (head.Length + randomLength > CouponCodeRules.MaxLength)
            return CouponCodeResult.Failure(CouponCodeError.TooLong);

        // The prefix is the owner's choice, so it is never cut; the longer fallback is tried only when it still fits.
        return Draw(head, randomLength, taken, canShortenHead: false);
    }

    /// <summary>
    /// Checks a code the owner typed for one affiliate and returns it normalized, or why it cannot be used.
    /// </summary>
    public CouponCodeResult Typed(string code, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var error = CouponCodeRules.Validate(code);
        if (error != CouponCodeError.None)
            return CouponCodeResult.Failure(error);

        var normalized = CouponCodeRules.Normalize(code);
        return taken.Add(normalized) ? CouponCodeResult.Success(normalized) : CouponCodeResult.Failure(CouponCodeError.Taken);
    }

    private CouponCodeResult Draw(string head, int randomLength, ISet<string> taken, bool canShortenHead)
    {
        for (var length = randomLength; length <= randomLength + 1; length++)
        {
            var room = CouponCodeRules.MaxLength - length;
            if (head.Length > room)
            {
                if (!canShortenHead)
                    break;
                head = head[..room];
            }

            for (var attempt = 0; attempt < AttemptsPerLength; attempt++)
            {
                var code = head + RandomPart(length);
                if (taken.Add(code))
                    return CouponCodeResult.Success(code);
            }
        }

        return CouponCodeResult.Failure(CouponCodeError.Exhausted);
    }

    private string RandomPart(int length)
    {
        var alphabet = CouponCodeAlphabet.Characters;
        return string.Create(length, this, (span, generator) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var index = generator._nextIndex(alphabet.Length);
                if ((uint)index >= (uint)alphabet.Length)
                    throw new InvalidOperationException($"The random source returned {index}, outside 0..{alphabet.Length - 1}.");
                span[i] = alphabet[index];
            }
        });
    }
}
