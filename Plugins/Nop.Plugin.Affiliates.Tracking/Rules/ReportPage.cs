namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// A page of a report grid as DataTables asks for it (row offset and length), made safe to query.
/// </summary>
public readonly record struct ReportPage(int PageIndex, int PageSize)
{
    public const int DefaultPageSize = 15;

    public const int MaxPageSize = 100;

    /// <summary>
    /// How many matching rows a grid counts and pages through. Counting every row of a large ledger on each page
    /// request costs more than the page itself; the CSV export is the way to read everything.
    /// </summary>
    public const int MaxRows = 10_000;

    /// <summary>
    /// A length of 0 or less is the default page size, more than <see cref="MaxPageSize"/> is the maximum; a negative
    /// offset is the first page, an offset at or past <see cref="MaxRows"/> is the last row's page; the page is the one
    /// that holds the offset.
    /// </summary>
    public static ReportPage FromOffset(int start, int length)
    {
        var size = length <= 0 ? DefaultPageSize : Math.Min(length, MaxPageSize);
        var offset = Math.Clamp(start, 0, MaxRows - 1);

        return new ReportPage(offset / size, size);
    }

    /// <summary>
    /// The count a grid shows when <paramref name="countedRows"/> were counted with the <see cref="MaxRows"/> cap:
    /// whether there may be more.
    /// </summary>
    public static bool IsCapped(int countedRows) => countedRows >= MaxRows;
}
