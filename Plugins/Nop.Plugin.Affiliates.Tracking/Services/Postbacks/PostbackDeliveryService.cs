using System.Net.Http.Headers;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Postbacks;

public class PostbackDeliveryService : IPostbackDeliveryService
{
    private static readonly ProductInfoHeaderValue _userAgent = new("nopCommerce-AffiliateTracking", "1.0");

    private readonly AffiliateTrackingSettings _settings;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IRepository<AffiliatePostbackClaim> _claimRepository;
    private readonly IRepository<AffiliatePostback> _postbackRepository;
    private readonly TimeProvider _timeProvider;

    // Identifies this run's claims; a claim left by a crashed run expires instead of blocking the postback forever.
    private readonly string _owner = Guid.NewGuid().ToString("N");

    public PostbackDeliveryService(AffiliateTrackingSettings settings,
        IHttpClientFactory httpClientFactory,
        IRepository<AffiliatePostbackClaim> claimRepository,
        IRepository<AffiliatePostback> postbackRepository,
        TimeProvider timeProvider)
    {
        _settings = settings;
        _httpClientFactory = httpClientFactory;
        _claimRepository = claimRepository;
        _postbackRepository = postbackRepository;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public async Task<PostbackDeliveryReport> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        if (!_settings.PostbacksEnabled)
            return PostbackDeliveryReport.Empty;

        var now = UtcNow();
        var pending = (int)PostbackStatus.Pending;
        var due = await _postbackRepository.Table
            .Where(postback => postback.StatusId == pending && postback.NextAttemptOnUtc <= now)
            .OrderBy(postback => postback.NextAttemptOnUtc).ThenBy(postback => postback.Id)
            .Take(AffiliateTrackingDefaults.PostbackBatchSize)
            .ToListAsync();

        int delivered = 0, failed = 0, abandoned = 0, skipped = 0;
        foreach (var candidate in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await TryClaimAsync(candidate))
            {
                skipped++;
                continue;
            }

            try
            {
                // Read again under the claim: another node may have sent it between the scan and the claim.
                var postback = await _postbackRepository.GetByIdAsync(candidate.Id);
                if (postback is null || postback.Status != PostbackStatus.Pending || postback.NextAttemptOnUtc > UtcNow())
                {
                    skipped++;
                    continue;
                }

                switch (await AttemptAsync(postback, cancellationToken))
                {
                    case PostbackStatus.Delivered: delivered++; break;
                    case PostbackStatus.Abandoned: abandoned++; break;
                    default: failed++; break;
                }
            }
            finally
            {
                await _claimRepository.DeleteAsync(claim => claim.PostbackId == candidate.Id && claim.Owner == _owner);
            }
        }

        return new PostbackDeliveryReport(delivered, failed, abandoned, skipped);
    }

    private async Task<bool> TryClaimAsync(AffiliatePostback candidate)
    {
        // Two tries: the second covers a claim another node released between our failed insert and our look at it.
        for (var attempt = 1; ; attempt++)
        {
            var now = UtcNow();
            await _claimRepository.DeleteAsync(claim => claim.PostbackId == candidate.Id && claim.ExpiresOnUtc <= now);

            try
            {
                await _claimRepository.InsertAsync(new AffiliatePostbackClaim
                {
                    PostbackId = candidate.Id,
                    Owner = _owner,
                    ExpiresOnUtc = now.AddSeconds(AffiliateTrackingDefaults.PostbackClaimSeconds)
                }, false);
                return true;
            }
            catch (Exception)
            {
                // The unique PostbackId refused us: another node holds the claim, or held it and has already sent or
                // rescheduled the postback. Anything else is a real failure and surfaces on the second try.
                if (await IsTakenByAnotherNodeAsync(candidate))
                    return false;
                if (attempt >= 2)
                    throw;
            }
        }
    }

    private async Task<bool> IsTakenByAnotherNodeAsync(AffiliatePostback candidate)
    {
        if (await _claimRepository.Table.AnyAsync(claim => claim.PostbackId == candidate.Id && claim.Owner != _owner))
            return true;

        var current = await _postbackRepository.GetByIdAsync(candidate.Id);
        return current is null || current.StatusId != candidate.StatusId || current.Attempts != candidate.Attempts;
    }

    private async Task<PostbackStatus> AttemptAsync(AffiliatePostback postback, CancellationToken cancellationToken)
    {
        var attemptedOn = UtcNow();
        int? statusCode = null;
        string error = null;

        var check = PostbackTemplate.CheckUrl(postback.Url, _settings.PostbackAllowHttp);
        if (check != PostbackTemplateError.None)
        {
            // Queued while http was allowed, say: the owner's current rule wins, and retrying cannot help.
            return await RecordAsync(postback, attemptedOn, null, $"The URL is no longer allowed ({check}).", abandon: true);
        }

        if (string.IsNullOrEmpty(_settings.PostbackSigningSecret) || _settings.PostbackSigningSecret.Length < PostbackSignature.SecretMinLength)
            return await RecordAsync(postback, attemptedOn, null, "No postback signing secret is configured.", abandon: false);

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, postback.Url);
            request.Headers.UserAgent.Add(_userAgent);
            request.Headers.Add(PostbackSignature.EventIdHeaderName, postback.EventKey);
            request.Headers.Add(PostbackSignature.HeaderName,
                PostbackSignature.Sign(_settings.PostbackSigningSecret, _timeProvider.GetUtcNow().ToUnixTimeSeconds(), request.Method.Method, request.RequestUri!.AbsoluteUri));

            var client = _httpClientFactory.CreateClient(AffiliateTrackingDefaults.PostbackHttpClientName);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            statusCode = (int)response.StatusCode;
            if (!PostbackRetrySchedule.IsDelivered(statusCode.Value))
                error = $"HTTP {statusCode} {response.ReasonPhrase}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = "The receiver did not answer in time.";
        }
        catch (HttpRequestException exception)
        {
            error = exception.Message;
        }

        return await RecordAsync(postback, attemptedOn, statusCode, error, abandon: false);
    }

    private async Task<PostbackStatus> RecordAsync(AffiliatePostback postback, DateTime attemptedOn, int? statusCode, string error, bool abandon)
    {
        postback.Attempts++;
        postback.LastAttemptOnUtc = attemptedOn;
        postback.LastStatusCode = statusCode;
        postback.LastError = error is { Length: > AffiliateTrackingDefaults.PostbackErrorMaxLength } ? error[..AffiliateTrackingDefaults.PostbackErrorMaxLength] : error;

        if (error is null)
        {
            postback.Status = PostbackStatus.Delivered;
            postback.DeliveredOnUtc = UtcNow();
        }
        else
        {
            var next = abandon ? null : PostbackRetrySchedule.NextAttemptUtc(postback.Attempts, attemptedOn);
            if (next is null)
                postback.Status = PostbackStatus.Abandoned;
            else
                postback.NextAttemptOnUtc = next.Value;
        }

        await _postbackRepository.UpdateAsync(postback, false);
        return postback.Status;
    }

    private DateTime UtcNow() => _timeProvider.GetUtcNow().UtcDateTime;
}
