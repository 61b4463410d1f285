namespace Nop.Web.Framework.Models.DataTables;

// Subset of the grid description the admin "Table" partial renders; plain data with upstream's defaults.
public partial record DataTablesModel : BaseNopModel
{
    public DataTablesModel()
    {
        Info = true;
        RefreshButton = true;
        ServerSide = true;
        Processing = true;
        Paging = true;
        Filters = new List<FilterParameter>();
        ColumnCollection = new List<ColumnProperty>();
    }

    public string Name { get; set; }

    public DataUrl UrlRead { get; set; }

    public string SearchButtonId { get; set; }

    public IList<FilterParameter> Filters { get; set; }

    public bool Processing { get; set; }

    public bool ServerSide { get; set; }

    public bool Paging { get; set; }

    public bool Info { get; set; }

    public bool RefreshButton { get; set; }

    public int Length { get; set; }

    public string LengthMenu { get; set; }

    public IList<ColumnProperty> ColumnCollection { get; set; }
}
