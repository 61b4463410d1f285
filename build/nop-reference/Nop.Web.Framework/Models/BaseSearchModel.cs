namespace Nop.Web.Framework.Models;

// Plain data; the grid page-size helpers (SetGridPageSize, which read AdminAreaSettings) are not declared.
public abstract partial record BaseSearchModel : BaseNopModel, IPagingRequestModel
{
    protected BaseSearchModel()
    {
        Length = 10;
    }

    public int Page => (Start / Length) + 1;

    public int PageSize => Length;

    public string AvailablePageSizes { get; set; }

    public string Draw { get; set; }

    public int Start { get; set; }

    public int Length { get; set; }
}
