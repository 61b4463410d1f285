namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// The sandbox's e-mail queue, in memory: nothing is ever sent. Read it through GET /sandbox/api/emails.
/// </summary>
public sealed class SandboxMailbox
{
    private readonly object _lock = new();
    private readonly List<SandboxEmail> _emails = [];

    public IReadOnlyList<SandboxEmail> Emails
    {
        get
        {
            lock (_lock)
                return _emails.ToList();
        }
    }

    public int Add(Func<int, SandboxEmail> create)
    {
        lock (_lock)
        {
            var email = create(_emails.Count + 1);
            _emails.Add(email);
            return email.Id;
        }
    }
}
