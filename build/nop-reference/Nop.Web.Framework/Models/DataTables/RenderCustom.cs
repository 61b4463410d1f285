namespace Nop.Web.Framework.Models.DataTables;

public partial class RenderCustom : IRender
{
    public RenderCustom(string functionName)
    {
        FunctionName = functionName;
    }

    public string FunctionName { get; set; }
}
