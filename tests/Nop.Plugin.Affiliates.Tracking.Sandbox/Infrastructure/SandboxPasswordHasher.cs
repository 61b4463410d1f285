using System.Security.Cryptography;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;

/// <summary>
/// PBKDF2 (SHA-256) hashes for the demo logins.
/// </summary>
public static class SandboxPasswordHasher
{
    private const int Iterations = 10_000;
    private const int HashBytes = 32;

    public static (string Hash, string Salt) Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return (Convert.ToBase64String(Derive(password, salt)), Convert.ToBase64String(salt));
    }

    public static bool Verify(string password, string hash, string salt)
    {
        if (string.IsNullOrEmpty(password) || string.IsNullOrEmpty(hash) || string.IsNullOrEmpty(salt))
            return false;

        return CryptographicOperations.FixedTimeEquals(Derive(password, Convert.FromBase64String(salt)), Convert.FromBase64String(hash));
    }

    private static byte[] Derive(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
}
