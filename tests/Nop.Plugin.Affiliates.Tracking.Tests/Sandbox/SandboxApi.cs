using System.Net;
using System.Net.Http.Json;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// Calls the sandbox's order API the way a script would.
/// </summary>
public sealed class SandboxApi
{
    private readonly HttpClient _client;

    public SandboxApi(HttpClient client)
    {
        _client = client;
    }

    public async Task<SandboxOrderJson> PlaceOrderAsync(object request) =>
        await ReadOrderAsync(await _client.PostAsJsonAsync("sandbox/api/orders", request));

    public Task<HttpResponseMessage> PostAsync(int orderId, string action, object body = null) =>
        _client.PostAsJsonAsync($"sandbox/api/orders/{orderId}/{action}", body ?? new { });

    public async Task<SandboxOrderJson> ChangeAsync(int orderId, string action, object body = null) =>
        await ReadOrderAsync(await PostAsync(orderId, action, body));

    public async Task<SandboxOrderJson> GetOrderAsync(int orderId) =>
        await ReadOrderAsync(await _client.GetAsync($"sandbox/api/orders/{orderId}"));

    public static async Task<SandboxOrderJson> ReadOrderAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.OK)
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

        return await response.Content.ReadFromJsonAsync<SandboxOrderJson>();
    }
}
