using System.Linq.Expressions;
using Nop.Core;

namespace System.Linq;

// Minimal implementation of the documented async LINQ contract, so plugin code under test can run queries.
// Filters, projections and Skip/Take are composed on the IQueryable (so a query provider such as EF Core translates them);
// the result is then read asynchronously when the source implements IAsyncEnumerable<T>, else synchronously,
// and the final operator is applied in memory with LINQ to Objects semantics.
public static class AsyncIQueryableExtensions
{
    public static async Task<bool> AllAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, bool>> predicate)
        => (await ReadAsync(source)).AsQueryable().All(predicate);

    public static async Task<bool> AnyAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate = null)
        => (await ReadAsync(Filter(source, predicate).Take(1))).Count > 0;

    public static async Task<double> AverageAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, int>> predicate)
        => (await ReadAsync(source.Select(predicate))).Average();

    public static async Task<double?> AverageAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, int?>> predicate)
        => (await ReadAsync(source.Select(predicate))).Average();

    public static async Task<double> AverageAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, long>> predicate)
        => (await ReadAsync(source.Select(predicate))).Average();

    public static async Task<double?> AverageAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, long?>> predicate)
        => (await ReadAsync(source.Select(predicate))).Average();

    public static async Task<float> AverageAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, float>> predicate)
        => (await ReadAsync(source.Select(predicate))).Average();

    public static async Task<float?> AverageAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, float?>> predicate)
        => (await ReadAsync(source.Select(predicate))).Average();

    public static async Task<double> AverageAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, double>> predicate)
        => (await ReadAsync(source.Select(predicate))).Average();

    public static async Task<double?> AverageAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, double?>> predicate)
        => (await ReadAsync(source.Select(predicate))).Average();

    public static async Task<decimal> AverageAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, decimal>> predicate)
        => (await ReadAsync(source.Select(predicate))).Average();

    public static async Task<decimal?> AverageAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, decimal?>> predicate)
        => (await ReadAsync(source.Select(predicate))).Average();

    public static async Task<bool> ContainsAsync<TSource>(this IQueryable<TSource> source, TSource item)
        => (await ReadAsync(source)).Contains(item);

    public static async Task<int> CountAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, bool>> predicate = null)
        => (await ReadAsync(Filter(source, predicate))).Count;

    public static async Task<TSource> FirstAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, bool>> predicate = null)
        => (await ReadAsync(Filter(source, predicate).Take(1))).First();

    public static async Task<TSource> FirstOrDefaultAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, bool>> predicate = null)
        => (await ReadAsync(Filter(source, predicate).Take(1))).FirstOrDefault();

    public static async Task<long> LongCountAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, bool>> predicate = null)
        => (await ReadAsync(Filter(source, predicate))).LongCount();

    public static async Task<TSource> MaxAsync<TSource>(this IQueryable<TSource> source)
        => (await ReadAsync(source)).Max();

    public static async Task<TResult> MaxAsync<TSource, TResult>(this IQueryable<TSource> source,
        Expression<Func<TSource, TResult>> predicate)
        => (await ReadAsync(source.Select(predicate))).Max();

    public static async Task<TSource> MinAsync<TSource>(this IQueryable<TSource> source)
        => (await ReadAsync(source)).Min();

    public static async Task<TResult> MinAsync<TSource, TResult>(this IQueryable<TSource> source,
        Expression<Func<TSource, TResult>> predicate)
        => (await ReadAsync(source.Select(predicate))).Min();

    public static async Task<TSource> SingleAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, bool>> predicate = null)
        => (await ReadAsync(Filter(source, predicate).Take(2))).Single();

    public static async Task<TSource> SingleOrDefaultAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, bool>> predicate = null)
        => (await ReadAsync(Filter(source, predicate).Take(2))).SingleOrDefault();

    public static async Task<decimal> SumAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, decimal>> predicate)
        => (await ReadAsync(source.Select(predicate))).Sum();

    public static async Task<decimal?> SumAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, decimal?>> predicate)
        => (await ReadAsync(source.Select(predicate))).Sum();

    public static async Task<double?> SumAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, double?>> predicate)
        => (await ReadAsync(source.Select(predicate))).Sum();

    public static async Task<float?> SumAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, float?>> predicate)
        => (await ReadAsync(source.Select(predicate))).Sum();

    public static async Task<double> SumAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, double>> predicate)
        => (await ReadAsync(source.Select(predicate))).Sum();

    public static async Task<int> SumAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, int>> predicate)
        => (await ReadAsync(source.Select(predicate))).Sum();

    public static async Task<int?> SumAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, int?>> predicate)
        => (await ReadAsync(source.Select(predicate))).Sum();

    public static async Task<long> SumAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, long>> predicate)
        => (await ReadAsync(source.Select(predicate))).Sum();

    public static async Task<long?> SumAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, long?>> predicate)
        => (await ReadAsync(source.Select(predicate))).Sum();

    public static async Task<float> SumAsync<TSource>(this IQueryable<TSource> source,
        Expression<Func<TSource, float>> predicate)
        => (await ReadAsync(source.Select(predicate))).Sum();

    public static async Task<Dictionary<TKey, TElement>> ToDictionaryAsync<TSource, TKey, TElement>(
        this IQueryable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector,
        IEqualityComparer<TKey> comparer = null) where TKey : notnull
        => (await ReadAsync(source)).ToDictionary(keySelector, elementSelector, comparer);

    public static async Task<Dictionary<TKey, TSource>> ToDictionaryAsync<TSource, TKey>(this IQueryable<TSource> source,
        Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer = null) where TKey : notnull
        => (await ReadAsync(source)).ToDictionary(keySelector, comparer);

    public static Task<List<TSource>> ToListAsync<TSource>(this IQueryable<TSource> source)
        => ReadAsync(source);

    public static async Task<TSource[]> ToArrayAsync<TSource>(this IQueryable<TSource> source)
        => (await ReadAsync(source)).ToArray();

    public static async Task<IPagedList<T>> ToPagedListAsync<T>(this IQueryable<T> source, int pageIndex, int pageSize, bool getOnlyTotalCount = false)
    {
        if (source == null)
            return new PagedList<T>(new List<T>(), pageIndex, pageSize);

        var size = Math.Max(pageSize, 1);
        var totalCount = await source.CountAsync();
        var items = getOnlyTotalCount || totalCount == 0
            ? new List<T>()
            : await source.Skip(pageIndex * size).Take(size).ToListAsync();

        return new PagedList<T>(items, pageIndex, size, totalCount);
    }

    public static IAsyncEnumerable<T> ToAsyncEnumerable<T>(this IQueryable<T> source)
        => source as IAsyncEnumerable<T> ?? ReadEachAsync(source);

    private static IQueryable<TSource> Filter<TSource>(IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate)
        => predicate == null ? source : source.Where(predicate);

    private static async Task<List<T>> ReadAsync<T>(IQueryable<T> source)
    {
        if (source is not IAsyncEnumerable<T> asyncSource)
            return source.ToList();

        var items = new List<T>();
        await foreach (var item in asyncSource)
            items.Add(item);

        return items;
    }

    private static async IAsyncEnumerable<T> ReadEachAsync<T>(IQueryable<T> source)
    {
        foreach (var item in source)
            yield return item;

        await Task.CompletedTask;
    }
}
