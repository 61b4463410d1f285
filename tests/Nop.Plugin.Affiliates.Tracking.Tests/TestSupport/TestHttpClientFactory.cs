namespace Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

/// <summary>
/// IHttpClientFactory for tests: a fresh client per call, no redirects or cookies (as the plugin registers its postback
/// client), and a timeout the test chooses, so a stalled receiver costs a second instead of ten.
/// </summary>
public sealed class TestHttpClientFactory : IHttpClientFactory
{
    private readonly TimeSpan _timeout;

    public TestHttpClientFactory(TimeSpan timeout)
    {
        _timeout = timeout;
    }

    public List<string> RequestedNames { get; } = new();

    public HttpClient CreateClient(string name)
    {
        lock (RequestedNames)
            RequestedNames.Add(name);

        return new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = _timeout };
    }
}
