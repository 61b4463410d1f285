using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Models.Api;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Controllers.Api;

/// <summary>
/// The sandbox runs no task scheduler: this runs one of the plugin's IScheduleTask classes on demand (after moving the
/// clock, typically) and records the run on its ScheduleTask row when there is one. Sandbox-only.
/// </summary>
[ApiController]
[Route("sandbox/api/tasks")]
public class SandboxTasksApiController : ControllerBase
{
    private readonly IScheduleTaskService _scheduleTaskService;
    private readonly IServiceProvider _serviceProvider;
    private readonly TimeProvider _timeProvider;

    public SandboxTasksApiController(IScheduleTaskService scheduleTaskService, IServiceProvider serviceProvider, TimeProvider timeProvider)
    {
        _scheduleTaskService = scheduleTaskService;
        _serviceProvider = serviceProvider;
        _timeProvider = timeProvider;
    }

    [HttpGet]
    public async Task<IActionResult> List() => Ok(new
    {
        TaskClasses = SandboxPluginTypes.FindClassesOfType<IScheduleTask>().Select(TaskTypeName),
        ScheduleTasks = (await _scheduleTaskService.GetAllTasksAsync(true)).Select(task => new { task.Id, task.Name, task.Type, task.Enabled, task.Seconds, task.LastSuccessUtc })
    });

    [HttpPost("run")]
    public async Task<IActionResult> Run(SandboxRunTaskApiRequest request)
    {
        var taskClass = SandboxPluginTypes.FindClassesOfType<IScheduleTask>().FirstOrDefault(type =>
            string.Equals(request.Type, TaskTypeName(type), StringComparison.OrdinalIgnoreCase)
            || string.Equals(request.Type, type.FullName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(request.Type, type.Name, StringComparison.OrdinalIgnoreCase));
        if (taskClass == null)
            return BadRequest(new { Error = $"No IScheduleTask '{request.Type}' in the plugin; GET /sandbox/api/tasks lists them." });

        var row = await _scheduleTaskService.GetTaskByTypeAsync(TaskTypeName(taskClass));
        var started = _timeProvider.GetUtcNow().UtcDateTime;
        var task = (IScheduleTask)ActivatorUtilities.CreateInstance(_serviceProvider, taskClass);
        await task.ExecuteAsync();

        if (row != null)
        {
            row.LastStartUtc = started;
            row.LastEndUtc = row.LastSuccessUtc = _timeProvider.GetUtcNow().UtcDateTime;
            await _scheduleTaskService.UpdateTaskAsync(row);
        }

        return Ok(new { Ran = TaskTypeName(taskClass), StartedUtc = started });
    }

    private static string TaskTypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
