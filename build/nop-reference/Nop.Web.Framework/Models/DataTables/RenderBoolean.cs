namespace Nop.Web.Framework.Models.DataTables;

public partial class RenderBoolean : IRender;
