namespace Nop.Core.Domain.Tax;

// Kept although no plugin code names it: type of a Customer property.
// apicheck:allow dead-surface
public enum VatNumberStatus
{
    Unknown = 0,
    Empty = 10,
    Valid = 20,
    Invalid = 30
}
