namespace Nop.Web.Framework.Models.DataTables;

// Subset: the by-name form.
public partial class FilterParameter
{
    public FilterParameter(string name)
    {
        Name = name;
        Type = typeof(string);
    }

    public string Name { get; }

    public Type Type { get; }
}
