using System.Reflection;

namespace Nop.Services.Plugins;

public partial class PluginDescriptor : PluginDescriptorBaseInfo, IDescriptor, IComparable<PluginDescriptor>
{
    public PluginDescriptor()
    {
        SupportedVersions = new List<string>();
        LimitedToStores = new List<int>();
        LimitedToCustomerRoles = new List<int>();
        DependsOn = new List<string>();
    }

    public static PluginDescriptor GetPluginDescriptorFromText(string text) => throw null;

    public virtual TPlugin Instance<TPlugin>() where TPlugin : class, IPlugin => throw null;

    public int CompareTo(PluginDescriptor other) => throw null;

    public override string ToString() => throw null;

    public virtual void Save() => throw null;

    public virtual string Group { get; set; }
    public virtual string FriendlyName { get; set; }
    public virtual IList<string> SupportedVersions { get; set; }
    public virtual string Author { get; set; }
    public virtual int DisplayOrder { get; set; }
    public virtual string AssemblyFileName { get; set; }
    public virtual string Description { get; set; }
    public virtual IList<int> LimitedToStores { get; set; }
    public virtual IList<int> LimitedToCustomerRoles { get; set; }
    public virtual IList<string> DependsOn { get; set; }
    public virtual bool Installed { get; set; }
    public virtual Type PluginType { get; set; }
    public virtual string OriginalAssemblyFile { get; set; }
    public virtual IList<string> PluginFiles { get; set; }
    public virtual Assembly ReferencedAssembly { get; set; }
    public virtual bool ShowInPluginsList { get; set; } = true;
}
