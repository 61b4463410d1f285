using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Controllers.Api;

/// <summary>
/// The e-mails the sandbox queued (nothing is sent), in order. Sandbox-only.
/// </summary>
[ApiController]
[Route("sandbox/api/emails")]
public class SandboxEmailsApiController : ControllerBase
{
    private readonly SandboxMailbox _mailbox;

    public SandboxEmailsApiController(SandboxMailbox mailbox)
    {
        _mailbox = mailbox;
    }

    [HttpGet]
    public IActionResult Get(int since = 0) => Ok(_mailbox.Emails.Where(email => email.Id > since));
}
