using System.Security.Cryptography;
using System.Text;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Turns a client IP address into a keyed hash: equal addresses still match in reports, but the address itself
/// cannot be read back or looked up without the store's secret salt.
/// </summary>
public static class IpAddressHasher
{
    public const int HashLength = 64;

    // Longer than any textual IPv4 or IPv6 address, zone included; longer input is hashed from a heap buffer.
    private const int StackLimit = 128;

    // One HMAC per thread and salt, reset after each hash: with OpenSSL 3, creating it costs more than hashing an address.
    [ThreadStatic]
    private static IncrementalHash _hmac;

    [ThreadStatic]
    private static string _hmacSalt;

    public static string Hash(string ipAddress, string salt)
    {
        if (string.IsNullOrWhiteSpace(ipAddress))
            return null;
        if (string.IsNullOrEmpty(salt))
            throw new ArgumentException("A salt is required; an unsalted hash of an IPv4 address is trivially reversed.", nameof(salt));

        var address = ipAddress.AsSpan().Trim();
        Span<char> lowered = address.Length <= StackLimit ? stackalloc char[address.Length] : new char[address.Length];
        address.ToLowerInvariant(lowered);
        var byteCount = Encoding.UTF8.GetByteCount(lowered);
        Span<byte> bytes = byteCount <= StackLimit * 3 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(lowered, bytes);

        var hmac = HmacFor(salt);
        hmac.AppendData(bytes);
        Span<byte> hash = stackalloc byte[HashLength / 2];
        hmac.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash);
    }

    private static IncrementalHash HmacFor(string salt)
    {
        if (_hmac is null || !string.Equals(_hmacSalt, salt, StringComparison.Ordinal))
        {
            _hmac?.Dispose();
            _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(salt));
            _hmacSalt = salt;
        }

        return _hmac;
    }

    public static string NewSalt() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
