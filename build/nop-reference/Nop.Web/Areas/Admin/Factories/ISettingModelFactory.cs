namespace Nop.Web.Areas.Admin.Factories;

// Only the type is declared: the store-scope view component takes it, the plugin calls none of its members.
public partial interface ISettingModelFactory;
