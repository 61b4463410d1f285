using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Models.Api;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Controllers.Api;

/// <summary>
/// Reads or moves the sandbox clock (the only clock the sandbox's services use). Sandbox-only.
/// </summary>
[ApiController]
[Route("sandbox/api/clock")]
public class SandboxClockApiController : ControllerBase
{
    private readonly SandboxClock _clock;

    public SandboxClockApiController(SandboxClock clock)
    {
        _clock = clock;
    }

    [HttpGet]
    public IActionResult Get() => Ok(Describe());

    [HttpPost]
    public IActionResult Set(SandboxClockApiRequest request)
    {
        var given = new[] { request.UtcNow.HasValue, request.AdvanceDays.HasValue || request.AdvanceHours.HasValue, request.Reset }.Count(flag => flag);
        if (given != 1)
            return BadRequest(new { Error = "Send exactly one of: { \"UtcNow\": \"2030-01-01T00:00:00Z\" }, { \"AdvanceDays\": 31 } (and/or AdvanceHours), { \"Reset\": true }." });

        if (request.Reset)
            _clock.Reset();
        else if (request.UtcNow.HasValue)
            _clock.SetUtcNow(request.UtcNow.Value);
        else
            _clock.Advance(TimeSpan.FromDays(request.AdvanceDays ?? 0) + TimeSpan.FromHours(request.AdvanceHours ?? 0));

        return Ok(Describe());
    }

    private object Describe() => new { UtcNow = _clock.GetUtcNow().UtcDateTime, Frozen = _clock.IsFrozen };
}
