using Nop.Core.Domain.Localization;

namespace Nop.Services.Localization;

// Kept although no plugin code names it: in the signature of BaseController.AddLocalesAsync; BaseController, which the plugin's controllers derive from, is declared completely.
// apicheck:allow dead-surface
public partial interface ILanguageService
{
    Task DeleteLanguageAsync(Language language);
    Task<IList<Language>> GetAllLanguagesAsync(bool showHidden = false, int storeId = 0);
    IList<Language> GetAllLanguages(bool showHidden = false, int storeId = 0);
    Task<Language> GetLanguageByIdAsync(int languageId);
    Task InsertLanguageAsync(Language language);
    Task UpdateLanguageAsync(Language language);
    string GetTwoLetterIsoLanguageName(Language language);
}
