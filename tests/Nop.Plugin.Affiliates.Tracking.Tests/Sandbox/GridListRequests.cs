using System.Net;
using System.Text.Json;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// Posts to an admin grid's list action as its DataTables grid does: the first page (draw, start, length), the filters,
/// the antiforgery token when there is one, and the ajax header when asked.
/// </summary>
internal static class GridListRequests
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string listPath, string token, bool ajax, int pageSize,
        params (string Name, string Value)[] fields)
    {
        var values = new Dictionary<string, string> { ["draw"] = "1", ["start"] = "0", ["length"] = pageSize.ToString() };
        foreach (var (name, value) in fields)
            values[name] = value;
        if (token is not null)
            values["__RequestVerificationToken"] = token;

        using var request = new HttpRequestMessage(HttpMethod.Post, listPath) { Content = new FormUrlEncodedContent(values) };
        if (ajax)
            request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        return await client.SendAsync(request);
    }

    /// <summary>
    /// The grid's JSON for an ajax request that must succeed.
    /// </summary>
    public static async Task<JsonElement> JsonAsync(HttpClient client, string listPath, string token, int pageSize, params (string Name, string Value)[] fields)
    {
        var response = await PostAsync(client, listPath, token, ajax: true, pageSize, fields);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
