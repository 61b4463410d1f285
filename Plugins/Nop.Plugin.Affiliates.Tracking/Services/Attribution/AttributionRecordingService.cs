using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Services.Customers;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

public class AttributionRecordingService : IAttributionRecordingService
{
    private readonly AttributionBuffer _buffer;
    private readonly ICustomerService _customerService;
    private readonly IRepository<AffiliateAttribution> _attributionRepository;
    private readonly IRepository<AffiliateClick> _clickRepository;
    private readonly TimeProvider _timeProvider;

    public AttributionRecordingService(AttributionBuffer buffer,
        ICustomerService customerService,
        IRepository<AffiliateAttribution> attributionRepository,
        IRepository<AffiliateClick> clickRepository,
        TimeProvider timeProvider)
    {
        _buffer = buffer;
        _customerService = customerService;
        _attributionRepository = attributionRepository;
        _clickRepository = clickRepository;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public Task FlushBufferAsync() => _buffer.FlushAsync(SaveAsync);

    /// <inheritdoc />
    public async Task SaveAsync(IReadOnlyList<AttributionCapture> captures)
    {
        var unstoredClicks = captures.Where(c => c.Kind == CaptureKind.Click && c.Click is not null && !c.ClickStored).ToList();
        if (unstoredClicks.Count > 0)
        {
            await _clickRepository.InsertAsync(unstoredClicks.Select(c => c.Click).ToList(), publishEvent: false);
            foreach (var capture in unstoredClicks)
                capture.ClickStored = true;
        }

        var attributedAffiliates = await SaveAttributionsAsync(captures.Where(c => c.Kind != CaptureKind.Expire).ToList());

        foreach (var capture in captures)
        {
            if (capture.Kind == CaptureKind.Expire)
                await ClearCustomerAffiliateAsync(capture.Ticket);
            else
                await SetCustomerAffiliateAsync(capture.Ticket.CustomerId, attributedAffiliates[capture]);
        }
    }

    /// <summary>
    /// Writes a batch's attributions with one read, one bulk insert and one bulk update, whatever its size.
    /// </summary>
    /// <returns>For each capture, the affiliate its visitor is attributed to once it is applied.</returns>
    private async Task<Dictionary<AttributionCapture, int>> SaveAttributionsAsync(IList<AttributionCapture> captures)
    {
        var result = new Dictionary<AttributionCapture, int>(ReferenceEqualityComparer.Instance);
        if (captures.Count == 0)
            return result;

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var visitorIds = captures.Select(c => c.Ticket.VisitorId).Distinct().ToList();
        var rows = (await _attributionRepository.Table.Where(a => visitorIds.Contains(a.VisitorId)).ToListAsync()).ToDictionary(a => a.VisitorId);
        var newRows = new List<AffiliateAttribution>();
        var changedRows = new HashSet<AffiliateAttribution>(ReferenceEqualityComparer.Instance);

        foreach (var capture in captures)
        {
            if (!rows.TryGetValue(capture.Ticket.VisitorId, out var row))
            {
                row = new AffiliateAttribution { VisitorId = capture.Ticket.VisitorId };
                Apply(row, capture.Ticket, now);
                rows.Add(row.VisitorId, row);
                newRows.Add(row);
            }
            else if (ApplyCapture(row, capture, now) && row.Id > 0)
                changedRows.Add(row);

            result[capture] = row.AffiliateId;
        }

        try
        {
            if (newRows.Count > 0)
                await _attributionRepository.InsertAsync(newRows, publishEvent: false);
        }
        catch (Exception)
        {
            // Another node inserted one of these visitors first (unique VisitorId): redo the batch capture by capture.
            result.Clear();
            foreach (var capture in captures)
                result[capture] = await UpsertAttributionAsync(capture);
            return result;
        }

        if (changedRows.Count > 0)
            await _attributionRepository.UpdateAsync(changedRows.ToList(), publishEvent: false);

        return result;
    }

    /// <returns>The affiliate the visitor is attributed to after the write.</returns>
    private async Task<int> UpsertAttributionAsync(AttributionCapture capture)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var row = await _attributionRepository.Table.FirstOrDefaultAsync(a => a.VisitorId == capture.Ticket.VisitorId);
        if (row is null)
        {
            row = new AffiliateAttribution { VisitorId = capture.Ticket.VisitorId };
            Apply(row, capture.Ticket, now);
            try
            {
                await _attributionRepository.InsertAsync(row, publishEvent: false);
                return row.AffiliateId;
            }
            catch (Exception)
            {
                row = await _attributionRepository.Table.FirstOrDefaultAsync(a => a.VisitorId == capture.Ticket.VisitorId);
                if (row is null)
                    throw;
            }
        }

        if (ApplyCapture(row, capture, now))
            await _attributionRepository.UpdateAsync(row, publishEvent: false);

        return row.AffiliateId;
    }

    /// <summary>
    /// Captures of one visitor can arrive out of order (parallel requests with the old cookie, several nodes):
    /// an older ticket never overwrites a newer decision, it can only tell which customer the visitor is.
    /// </summary>
    /// <returns>Whether the row changed.</returns>
    private static bool ApplyCapture(AffiliateAttribution row, AttributionCapture capture, DateTime now)
    {
        var ticket = capture.Ticket;
        var isStale = ticket.ClickedOnUtc < row.ClickedOnUtc && ticket.AffiliateId != row.AffiliateId;
        if (isStale && (capture.Kind == CaptureKind.Click || ticket.CustomerId <= 0 || ticket.CustomerId == row.CustomerId))
            return false;

        if (isStale)
        {
            row.CustomerId = ticket.CustomerId;
            row.UpdatedOnUtc = now;
        }
        else
            Apply(row, ticket, now);

        return true;
    }

    private static void Apply(AffiliateAttribution row, Rules.AttributionTicket ticket, DateTime now)
    {
        row.AffiliateId = ticket.AffiliateId;
        row.LinkId = ticket.LinkId;
        row.ClickedOnUtc = ticket.ClickedOnUtc;
        if (ticket.CustomerId > 0)
            row.CustomerId = ticket.CustomerId;
        row.UpdatedOnUtc = now;
    }

    // nopCommerce copies customer.AffiliateId onto new orders and shows it in its own affiliate reports.
    private async Task SetCustomerAffiliateAsync(int customerId, int affiliateId)
    {
        if (customerId <= 0)
            return;

        var customer = await _customerService.GetCustomerByIdAsync(customerId);
        if (customer is null || customer.Deleted || customer.IsSystemAccount || customer.AffiliateId == affiliateId)
            return;

        customer.AffiliateId = affiliateId;
        await _customerService.UpdateCustomerAsync(customer);
    }

    private async Task ClearCustomerAffiliateAsync(Rules.AttributionTicket ticket)
    {
        if (ticket.CustomerId <= 0)
            return;

        var customer = await _customerService.GetCustomerByIdAsync(ticket.CustomerId);
        if (customer is null || customer.AffiliateId != ticket.AffiliateId)
            return;

        // The same customer may have clicked that affiliate again on another device; that newer click still counts.
        var clickedAgain = await _attributionRepository.Table.AnyAsync(a => a.CustomerId == ticket.CustomerId
            && a.AffiliateId == ticket.AffiliateId && a.VisitorId != ticket.VisitorId && a.ClickedOnUtc > ticket.ClickedOnUtc);
        if (clickedAgain)
            return;

        customer.AffiliateId = 0;
        await _customerService.UpdateCustomerAsync(customer);
    }
}
