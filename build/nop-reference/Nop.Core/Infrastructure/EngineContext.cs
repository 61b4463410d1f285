namespace Nop.Core.Infrastructure;

// Minimal implementation of the documented Replace/Current contract, so tests can install an engine double.
// Create() would build nopCommerce's own engine, which the surface does not have.
public partial class EngineContext
{
    private static IEngine _engine;

    public static IEngine Create() => _engine ?? throw new NotSupportedException("reference surface: call EngineContext.Replace first");

    public static void Replace(IEngine engine)
    {
        _engine = engine;
    }

    public static IEngine Current => Create();
}
