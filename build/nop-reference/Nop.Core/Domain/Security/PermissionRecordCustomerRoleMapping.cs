namespace Nop.Core.Domain.Security;

public partial class PermissionRecordCustomerRoleMapping : BaseEntity
{
    public int PermissionRecordId { get; set; }
    public int CustomerRoleId { get; set; }
}
