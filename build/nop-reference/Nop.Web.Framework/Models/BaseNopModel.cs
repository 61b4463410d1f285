namespace Nop.Web.Framework.Models;

public partial record BaseNopModel
{
    public BaseNopModel()
    {
        CustomProperties = new Dictionary<string, string>();
        PostInitialize();
    }

    // extension hook for derived models; empty upstream
    protected virtual void PostInitialize()
    {
    }

    public Dictionary<string, string> CustomProperties { get; set; }
}
