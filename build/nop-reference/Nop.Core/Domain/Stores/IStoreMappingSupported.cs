namespace Nop.Core.Domain.Stores;

public partial interface IStoreMappingSupported
{
    bool LimitedToStores { get; set; }
}
