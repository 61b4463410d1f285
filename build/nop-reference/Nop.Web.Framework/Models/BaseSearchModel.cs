namespace Nop.Web.Framework.Models;

public abstract partial record BaseSearchModel : BaseNopModel, IPagingRequestModel
{
    // Plain data as upstream: a grid asks for 10 rows unless told otherwise.
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

    public virtual void SetGridPageSize() => throw new NotImplementedException();

    public virtual void SetPopupGridPageSize() => throw new NotImplementedException();

    // Minimal implementation of the documented contract (first page, the given size); the plugin's factories call it.
    public virtual void SetGridPageSize(int pageSize, string availablePageSizes = null)
    {
        Start = 0;
        Length = pageSize;
        AvailablePageSizes = availablePageSizes;
    }
}
