using Microsoft.AspNetCore.Mvc.ModelBinding;
using Nop.Plugin.Affiliates.Tracking.Validators;
using Nop.Services.Localization;

namespace Nop.Plugin.Affiliates.Tracking.Controllers;

/// <summary>
/// What an admin grid's list request got wrong, in the admin's language, for the grid's 400 answer: first the values
/// model binding could not read, then (only when every value could be read) the search validator's findings.
/// </summary>
public static class GridRequestErrors
{
    /// <returns>The messages joined into one; empty when the request is fine.</returns>
    public static async Task<string> DescribeAsync(ModelStateDictionary modelState, ILocalizationService localizationService,
        string invalidValueResourceKey, Func<IList<ValidationError>> validate = null)
    {
        var messages = new List<string>();
        foreach (var key in modelState.Where(entry => entry.Value.Errors.Count > 0).Select(entry => entry.Key))
            messages.Add(string.Format(await localizationService.GetResourceAsync(invalidValueResourceKey), key));

        if (messages.Count == 0 && validate is not null)
        {
            foreach (var error in validate())
                messages.Add(string.Format(await localizationService.GetResourceAsync(error.ResourceKey), error.Arguments));
        }

        return string.Join(" ", messages);
    }
}
