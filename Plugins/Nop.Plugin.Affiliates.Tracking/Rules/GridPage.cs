namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// A page of an admin grid as DataTables asks for it (row offset and length), made safe to query: nothing a client
/// posts can ask for an unbounded page or a negative one.
/// </summary>
public readonly record struct GridPage(int PageIndex, int PageSize)
{
    /// <summary>
    /// A length of 0 or less is <paramref name="defaultSize"/>, more than <paramref name="maxSize"/> is
    /// <paramref name="maxSize"/>; a negative offset is the first page; the page is the one that holds the offset.
    /// </summary>
    public static GridPage FromOffset(int start, int length, int defaultSize, int maxSize)
    {
        if (defaultSize <= 0 || maxSize < defaultSize)
            throw new ArgumentOutOfRangeException(nameof(maxSize), "Sizes must satisfy 0 < default <= max.");

        var size = length <= 0 ? defaultSize : Math.Min(length, maxSize);

        return new GridPage(Math.Max(0, start) / size, size);
    }
}
