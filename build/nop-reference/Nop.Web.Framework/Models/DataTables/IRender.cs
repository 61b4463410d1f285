namespace Nop.Web.Framework.Models.DataTables;

public partial interface IRender;
