namespace Nop.Web.Framework.Models;

public partial interface IPagedModel<T> where T : BaseNopModel;
