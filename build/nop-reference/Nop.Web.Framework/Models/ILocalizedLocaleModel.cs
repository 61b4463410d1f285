namespace Nop.Web.Framework.Models;

// Kept although no plugin code names it: in the signature of BaseController.AddLocalesAsync; BaseController, which the plugin's controllers derive from, is declared completely.
// apicheck:allow dead-surface
public partial interface ILocalizedLocaleModel
{
    int LanguageId { get; set; }
}
