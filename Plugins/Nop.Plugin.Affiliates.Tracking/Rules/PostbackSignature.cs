using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Signs a postback so the receiver can tell it came from this store and was not replayed later.
/// The request carries the header <see cref="HeaderName"/>: <c>t={unix seconds},v1={hex HMAC}</c>, where the HMAC is
/// HMAC-SHA256 keyed with the store's postback secret (UTF-8) over <c>"{t}.{METHOD}.{absolute URL}"</c>, the URL exactly
/// as requested (query included). A receiver recomputes it, compares in constant time and rejects timestamps older than
/// a few minutes.
/// </summary>
public static class PostbackSignature
{
    public const string HeaderName = "X-Affiliate-Signature";

    public const string EventIdHeaderName = "X-Affiliate-Event-Id";

    public const int SecretMinLength = 16;

    public static string Sign(string secret, long unixTimeSeconds, string method, string url)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < SecretMinLength)
            throw new ArgumentException($"A secret of at least {SecretMinLength} characters is required.", nameof(secret));

        return $"t={unixTimeSeconds.ToString(CultureInfo.InvariantCulture)},v1={Compute(secret, unixTimeSeconds, method, url)}";
    }

    /// <summary>
    /// True when the header is well formed, its HMAC matches and its timestamp lies within <paramref name="tolerance"/> of now.
    /// </summary>
    public static bool Verify(string secret, string header, string method, string url, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(header))
            return false;

        long? timestamp = null;
        string signature = null;
        foreach (var part in header.Split(','))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2)
                return false;
            if (pair[0] == "t" && long.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                timestamp = seconds;
            else if (pair[0] == "v1")
                signature = pair[1];
        }

        if (timestamp is null || signature is null)
            return false;
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp.Value) > tolerance.TotalSeconds)
            return false;

        var expected = Encoding.ASCII.GetBytes(Compute(secret, timestamp.Value, method, url));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    private static string Compute(string secret, long unixTimeSeconds, string method, string url)
    {
        var payload = $"{unixTimeSeconds.ToString(CultureInfo.InvariantCulture)}.{method.ToUpperInvariant()}.{url}";
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload)));
    }
}
