namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// An order operation nopCommerce would refuse (e.g. refunding an unpaid order); the API answers 400 with the message.
/// </summary>
public class SandboxOrderException : Exception
{
    public SandboxOrderException(string message) : base(message)
    {
    }
}
