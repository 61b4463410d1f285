namespace Nop.Core.Events;

public partial interface IStopProcessingEvent
{
    bool StopProcessing { get; set; }
}
