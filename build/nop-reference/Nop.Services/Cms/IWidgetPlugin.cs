using Nop.Services.Plugins;

namespace Nop.Services.Cms;

public partial interface IWidgetPlugin : IPlugin
{
    bool HideInWidgetList { get; }
    Task<IList<string>> GetWidgetZonesAsync();
    Type GetWidgetViewComponent(string widgetZone);
}
