namespace Nop.Core.Domain.Messages;

public enum MessageDelayPeriod
{
    Hours = 0,
    Days = 1
}
