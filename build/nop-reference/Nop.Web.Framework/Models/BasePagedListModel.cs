namespace Nop.Web.Framework.Models;

// Upstream names the DataTables fields with Newtonsoft [JsonProperty] ("draw", "recordsFiltered", "recordsTotal");
// nopCommerce's MVC serializer is Newtonsoft, which this surface does not reference.
public abstract partial record BasePagedListModel<T> : BaseNopModel, IPagedModel<T> where T : BaseNopModel
{
    public IEnumerable<T> Data { get; set; }

    public string Draw { get; set; }

    public int RecordsFiltered { get; set; }

    public int RecordsTotal { get; set; }
}
