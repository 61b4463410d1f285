using Nop.Core.Domain.Localization;
using Nop.Data;
using Nop.Services.Localization;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's LanguageService over the Language table (the sandbox has one language).
/// </summary>
public class SandboxLanguageService : ILanguageService
{
    private readonly IRepository<Language> _languageRepository;

    public SandboxLanguageService(IRepository<Language> languageRepository)
    {
        _languageRepository = languageRepository;
    }

    public async Task DeleteLanguageAsync(Language language) => await _languageRepository.DeleteAsync(language);

    public async Task<IList<Language>> GetAllLanguagesAsync(bool showHidden = false, int storeId = 0) =>
        await _languageRepository.Table.Where(language => showHidden || language.Published).OrderBy(language => language.DisplayOrder).ToListAsync();

    public IList<Language> GetAllLanguages(bool showHidden = false, int storeId = 0) =>
        _languageRepository.Table.Where(language => showHidden || language.Published).OrderBy(language => language.DisplayOrder).ToList();

    public string GetTwoLetterIsoLanguageName(Language language) => throw new NotImplementedException("sandbox");

    public async Task<Language> GetLanguageByIdAsync(int languageId) => await _languageRepository.GetByIdAsync(languageId);

    public async Task InsertLanguageAsync(Language language) => await _languageRepository.InsertAsync(language);

    public async Task UpdateLanguageAsync(Language language) => await _languageRepository.UpdateAsync(language);
}
