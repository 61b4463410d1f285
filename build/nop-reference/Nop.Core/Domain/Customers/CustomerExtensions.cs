namespace Nop.Core.Domain.Customers;

public static class CustomerExtensions
{
    public static bool IsSearchEngineAccount(this Customer customer) => throw null;
    public static bool IsBackgroundTaskAccount(this Customer customer) => throw null;
}
