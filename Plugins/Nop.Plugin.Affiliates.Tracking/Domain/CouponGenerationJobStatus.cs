namespace Nop.Plugin.Affiliates.Tracking.Domain;

public enum CouponGenerationJobStatus
{
    Pending = 0,
    Running = 10,
    Completed = 20
}
