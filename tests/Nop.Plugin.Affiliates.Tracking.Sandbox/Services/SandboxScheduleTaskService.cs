using Nop.Core.Domain.ScheduleTasks;
using Nop.Data;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's ScheduleTaskService over the ScheduleTask table. The sandbox runs no task
/// scheduler; POST /sandbox/api/tasks/run executes a task on demand.
/// </summary>
public class SandboxScheduleTaskService : IScheduleTaskService
{
    private readonly IRepository<ScheduleTask> _taskRepository;

    public SandboxScheduleTaskService(IRepository<ScheduleTask> taskRepository)
    {
        _taskRepository = taskRepository;
    }

    public async Task DeleteTaskAsync(ScheduleTask task) => await _taskRepository.DeleteAsync(task);

    public async Task<ScheduleTask> GetTaskByIdAsync(int taskId) => await _taskRepository.GetByIdAsync(taskId);

    public async Task<ScheduleTask> GetTaskByTypeAsync(string type) =>
        string.IsNullOrWhiteSpace(type)
            ? null
            : await _taskRepository.Table.Where(task => task.Type == type).OrderByDescending(task => task.Id).FirstOrDefaultAsync();

    public async Task<IList<ScheduleTask>> GetAllTasksAsync(bool showHidden = false) =>
        await _taskRepository.Table.Where(task => showHidden || task.Enabled).OrderByDescending(task => task.Seconds).ToListAsync();

    public async Task InsertTaskAsync(ScheduleTask task) => await _taskRepository.InsertAsync(task);

    public async Task UpdateTaskAsync(ScheduleTask task) => await _taskRepository.UpdateAsync(task);
}
