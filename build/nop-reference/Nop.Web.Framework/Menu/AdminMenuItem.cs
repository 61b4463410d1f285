namespace Nop.Web.Framework.Menu;

public partial class AdminMenuItem
{
    protected IList<string> _permissionNames;
    protected string _url;

    public AdminMenuItem()
    {
        ChildNodes = new List<AdminMenuItem>();
    }

    protected virtual bool Insert(string itemSystemName, AdminMenuItem newMenuItem, bool before) => throw null;

    public bool ContainsSystemName(string systemName) => throw null;

    public AdminMenuItem GetItemBySystemName(string systemName) => throw null;

    public virtual bool InsertBefore(string itemSystemName, AdminMenuItem newMenuItem) => throw null;

    public virtual bool InsertAfter(string itemSystemName, AdminMenuItem newMenuItem) => throw null;

    // upstream falls back to the union of the children's permissions when none were set
    public IList<string> PermissionNames
    {
        get => _permissionNames;
        set => _permissionNames = value;
    }

    public string SystemName { get; set; }

    public string Title { get; set; }

    // upstream's setter also derives ControllerName/ActionName from the URL
    public string Url
    {
        get => _url;
        set => _url = value;
    }

    public IList<AdminMenuItem> ChildNodes { get; set; }

    public string IconClass { get; set; }

    public bool Visible { get; set; } = true;

    public bool OpenUrlInNewTab { get; set; }

    public string ControllerName { get; protected set; }

    public string ActionName { get; protected set; }
}
