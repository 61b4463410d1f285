namespace Nop.Core.Domain.Catalog;

// Kept although no plugin code names it: type of a Product property the sandbox stores.
// apicheck:allow dead-surface
public enum RecurringProductCyclePeriod
{
    Days = 0,
    Weeks = 10,
    Months = 20,
    Years = 30
}
