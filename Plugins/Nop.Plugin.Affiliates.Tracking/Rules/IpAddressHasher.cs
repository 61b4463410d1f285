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

    public static string Hash(string ipAddress, string salt)
    {
        if (string.IsNullOrWhiteSpace(ipAddress))
            return null;
        if (string.IsNullOrEmpty(salt))
            throw new ArgumentException("A salt is required; an unsalted hash of an IPv4 address is trivially reversed.", nameof(salt));

        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(salt), Encoding.UTF8.GetBytes(ipAddress.Trim().ToLowerInvariant()));
        return Convert.ToHexStringLower(hash);
    }

    public static string NewSalt() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
