using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Controllers.Api;

/// <summary>
/// The events the sandbox published (in order) and the consumer exceptions nopCommerce would only have logged. Sandbox-only.
/// </summary>
[ApiController]
[Route("sandbox/api/events")]
public class SandboxEventsApiController : ControllerBase
{
    private readonly SandboxEventLog _eventLog;

    public SandboxEventsApiController(SandboxEventLog eventLog)
    {
        _eventLog = eventLog;
    }

    [HttpGet]
    public IActionResult Get(long since = 0) => Ok(new
    {
        Events = _eventLog.Events.Where(item => item.Sequence > since),
        Failures = _eventLog.Failures.Where(item => item.EventSequence > since)
    });
}
