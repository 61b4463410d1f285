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
        var clicks = captures.Where(c => c.Kind == CaptureKind.Click && c.Click is not null && c.Click.Id == 0).Select(c => c.Click).ToList();
        if (clicks.Count > 0)
            await _clickRepository.InsertAsync(clicks, publishEvent: false);

        foreach (var capture in captures)
        {
            switch (capture.Kind)
            {
                case CaptureKind.Click:
                case CaptureKind.LinkCustomer:
                    var affiliateId = await UpsertAttributionAsync(capture);
                    await SetCustomerAffiliateAsync(capture.Ticket.CustomerId, affiliateId);
                    break;
                case CaptureKind.Expire:
                    await ClearCustomerAffiliateAsync(capture.Ticket);
                    break;
            }
        }
    }

    /// <returns>The affiliate the visitor is attributed to after the write.</returns>
    private async Task<int> UpsertAttributionAsync(AttributionCapture capture)
    {
        var ticket = capture.Ticket;
        var now = _timeProvider.GetUtcNow().UtcDateTime;

        var row = await _attributionRepository.Table.FirstOrDefaultAsync(a => a.VisitorId == ticket.VisitorId);
        if (row is null)
        {
            row = new AffiliateAttribution { VisitorId = ticket.VisitorId };
            Apply(row, ticket, now);
            try
            {
                await _attributionRepository.InsertAsync(row, publishEvent: false);
                return row.AffiliateId;
            }
            catch (Exception)
            {
                // Another node inserted this visitor first (unique VisitorId); update its row instead.
                row = await _attributionRepository.Table.FirstOrDefaultAsync(a => a.VisitorId == ticket.VisitorId);
                if (row is null)
                    throw;
            }
        }

        // Captures of one visitor can arrive out of order (parallel requests with the old cookie, several nodes):
        // an older ticket never overwrites a newer decision, it can only tell which customer the visitor is.
        var isStale = ticket.ClickedOnUtc < row.ClickedOnUtc && ticket.AffiliateId != row.AffiliateId;
        if (isStale && (capture.Kind == CaptureKind.Click || ticket.CustomerId <= 0 || ticket.CustomerId == row.CustomerId))
            return row.AffiliateId;

        if (isStale)
        {
            row.CustomerId = ticket.CustomerId;
            row.UpdatedOnUtc = now;
        }
        else
            Apply(row, ticket, now);

        await _attributionRepository.UpdateAsync(row, publishEvent: false);
        return row.AffiliateId;
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
