namespace Nop.Services.Helpers;

public partial interface IUserAgentHelper
{
    bool IsSearchEngine();
    bool IsMobileDevice();
}
