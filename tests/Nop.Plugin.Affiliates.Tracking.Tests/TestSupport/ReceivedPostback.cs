namespace Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

/// <summary>
/// One request <see cref="PostbackReceiver"/> got, with the status it answered.
/// </summary>
public sealed record ReceivedPostback(string Method, string Url, string Path, IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers, int AnsweredStatusCode, DateTimeOffset ReceivedAt);
