using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Controllers;

/// <summary>
/// Stands in for nopCommerce's ScheduleTaskController.RunTask: the scheduler posts <c>taskType</c> (the ScheduleTask
/// row's Type) to <c>scheduletask/runtask</c>; the task runs if its row exists and is enabled, and the row records
/// the run. No lock or "started less than Seconds ago" check: the sandbox runs tasks only when asked.
/// </summary>
public class SandboxScheduleTaskController : Controller
{
    private readonly IScheduleTaskService _scheduleTaskService;
    private readonly IServiceProvider _serviceProvider;
    private readonly TimeProvider _timeProvider;

    public SandboxScheduleTaskController(IScheduleTaskService scheduleTaskService, IServiceProvider serviceProvider, TimeProvider timeProvider)
    {
        _scheduleTaskService = scheduleTaskService;
        _serviceProvider = serviceProvider;
        _timeProvider = timeProvider;
    }

    [HttpPost("scheduletask/runtask")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> RunTask(string taskType)
    {
        var row = string.IsNullOrEmpty(taskType) ? null : await _scheduleTaskService.GetTaskByTypeAsync(taskType);
        if (row is not { Enabled: true })
            return NoContent();

        // nopCommerce resolves "Namespace.Class, Assembly"; the plugin's classes are known to the sandbox by name.
        var typeName = taskType.Split(',')[0].Trim();
        var taskClass = SandboxPluginTypes.FindClassesOfType<IScheduleTask>().FirstOrDefault(type => type.FullName == typeName);
        if (taskClass is null)
            return NoContent();

        row.LastStartUtc = _timeProvider.GetUtcNow().UtcDateTime;
        var task = (IScheduleTask)ActivatorUtilities.CreateInstance(_serviceProvider, taskClass);
        await task.ExecuteAsync();
        row.LastEndUtc = row.LastSuccessUtc = _timeProvider.GetUtcNow().UtcDateTime;
        await _scheduleTaskService.UpdateTaskAsync(row);

        return NoContent();
    }
}
