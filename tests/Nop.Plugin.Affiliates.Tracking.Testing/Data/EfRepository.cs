using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Common;
using Nop.Core.Events;
using Ef = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions;

namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

/// <summary>
/// nopCommerce's <see cref="Nop.Data.IRepository{TEntity}"/> over an EF Core context, so the plugin's queries run as
/// SQL against a real database. Behaves like nopCommerce's repository where the plugin can observe it: soft delete
/// for <see cref="ISoftDeletedEntity"/>, inserts ignore and then set <see cref="BaseEntity.Id"/>, updates and
/// deletes of rows that are gone do nothing, predicate deletes are hard and raise no events, and events are
/// published only when asked. No caching: cache-key arguments are ignored.
/// </summary>
/// <remarks>
/// Like nopCommerce's repository, it keeps no entities between calls: reads are not tracked and the change
/// tracker is cleared after every write, so detached entities can be updated again and again. Use one
/// repository (one context) per scope; a context is not thread-safe.
/// </remarks>
public class EfRepository<TEntity> : Nop.Data.IRepository<TEntity> where TEntity : BaseEntity
{
    private static readonly bool _isSoftDeleted = typeof(ISoftDeletedEntity).IsAssignableFrom(typeof(TEntity));

    private readonly DbContext _context;
    private readonly IEventPublisher _eventPublisher;

    public EfRepository(DbContext context, IEventPublisher eventPublisher = null)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _eventPublisher = eventPublisher;
    }

    public IQueryable<TEntity> Table => _context.Set<TEntity>().AsNoTracking();

    public async Task<TEntity> GetByIdAsync(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true,
        bool useShortTermCache = false)
    {
        if (!id.HasValue || id.Value == 0)
            return null;

        var value = id.Value;
        return await Ef.FirstOrDefaultAsync(AddDeletedFilter(Table, includeDeleted), entity => entity.Id == value);
    }

    public TEntity GetById(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true)
    {
        if (!id.HasValue || id.Value == 0)
            return null;

        var value = id.Value;
        return AddDeletedFilter(Table, includeDeleted).FirstOrDefault(entity => entity.Id == value);
    }

    public async Task<IList<TEntity>> GetByIdsAsync(IList<int> ids, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true)
    {
        if (ids == null || ids.Count == 0)
            return new List<TEntity>();

        var distinctIds = ids.Distinct().ToList();
        var byId = await Ef.ToDictionaryAsync(
            AddDeletedFilter(Table, includeDeleted).Where(entity => distinctIds.Contains(entity.Id)),
            entity => entity.Id);

        // nopCommerce returns the entities in the order of the requested ids, skipping missing ones.
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    public async Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null,
        Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true)
    {
        var query = AddDeletedFilter(Table, includeDeleted);
        return await Ef.ToListAsync(func == null ? query : func(query));
    }

    public async Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func = null,
        Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true)
    {
        var query = AddDeletedFilter(Table, includeDeleted);
        return await Ef.ToListAsync(func == null ? query : await func(query));
    }

    public IList<TEntity> GetAll(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null,
        Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true)
    {
        var query = AddDeletedFilter(Table, includeDeleted);
        return (func == null ? query : func(query)).ToList();
    }

    public async Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func,
        Func<ICacheKeyService, Task<CacheKey>> getCacheKey, bool includeDeleted = true)
    {
        var query = AddDeletedFilter(Table, includeDeleted);
        return await Ef.ToListAsync(func == null ? query : await func(query));
    }

    public async Task<IPagedList<TEntity>> GetAllPagedAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null,
        int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false, bool includeDeleted = true)
    {
        var query = AddDeletedFilter(Table, includeDeleted);
        return await ToPagedListAsync(func == null ? query : func(query), pageIndex, pageSize, getOnlyTotalCount);
    }

    public async Task<IPagedList<TEntity>> GetAllPagedAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func = null,
        int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false, bool includeDeleted = true)
    {
        var query = AddDeletedFilter(Table, includeDeleted);
        return await ToPagedListAsync(func == null ? query : await func(query), pageIndex, pageSize, getOnlyTotalCount);
    }

    public async Task InsertAsync(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        await SaveAsync(() => AddForInsert(entity));

        if (publishEvent && _eventPublisher != null)
            await _eventPublisher.PublishAsync(new EntityInsertedEvent<TEntity>(entity));
    }

    public void Insert(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        Save(() => AddForInsert(entity));

        if (publishEvent)
            _eventPublisher?.Publish(new EntityInsertedEvent<TEntity>(entity));
    }

    public async Task InsertAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        // One transaction: all rows or none, like nopCommerce's bulk copy in a TransactionScope.
        if (BulkCopyInsert.Supports<TEntity>(_context))
            await BulkCopyInsert.InsertAsync(_context, entities);
        else
        {
            await SaveAsync(() =>
            {
                foreach (var entity in entities)
                    AddForInsert(entity);
            });
        }

        if (!publishEvent || _eventPublisher == null)
            return;

        foreach (var entity in entities)
            await _eventPublisher.PublishAsync(new EntityInsertedEvent<TEntity>(entity));
    }

    public void Insert(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        Save(() =>
        {
            foreach (var entity in entities)
                AddForInsert(entity);
        });

        if (!publishEvent || _eventPublisher == null)
            return;

        foreach (var entity in entities)
            _eventPublisher.Publish(new EntityInsertedEvent<TEntity>(entity));
    }

    public async Task UpdateAsync(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        await SaveAsync(() => AttachForUpdate(entity));

        if (publishEvent && _eventPublisher != null)
            await _eventPublisher.PublishAsync(new EntityUpdatedEvent<TEntity>(entity));
    }

    public void Update(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        Save(() => AttachForUpdate(entity));

        if (publishEvent)
            _eventPublisher?.Publish(new EntityUpdatedEvent<TEntity>(entity));
    }

    public async Task UpdateAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        if (entities.Count == 0)
            return;

        // Row by row, like nopCommerce: a row that is gone does not stop the others.
        foreach (var entity in entities)
            await SaveAsync(() => AttachForUpdate(entity));

        if (!publishEvent || _eventPublisher == null)
            return;

        foreach (var entity in entities)
            await _eventPublisher.PublishAsync(new EntityUpdatedEvent<TEntity>(entity));
    }

    public void Update(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        if (entities.Count == 0)
            return;

        foreach (var entity in entities)
            Save(() => AttachForUpdate(entity));

        if (!publishEvent || _eventPublisher == null)
            return;

        foreach (var entity in entities)
            _eventPublisher.Publish(new EntityUpdatedEvent<TEntity>(entity));
    }

    public async Task DeleteAsync(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        if (entity is ISoftDeletedEntity softDeleted)
        {
            softDeleted.Deleted = true;
            await SaveAsync(() => AttachForUpdate(entity));
        }
        else
        {
            var id = entity.Id;
            await _context.Set<TEntity>().Where(row => row.Id == id).ExecuteDeleteAsync();
        }

        if (publishEvent && _eventPublisher != null)
            await _eventPublisher.PublishAsync(new EntityDeletedEvent<TEntity>(entity));
    }

    public void Delete(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        if (entity is ISoftDeletedEntity softDeleted)
        {
            softDeleted.Deleted = true;
            Save(() => AttachForUpdate(entity));
        }
        else
        {
            var id = entity.Id;
            _context.Set<TEntity>().Where(row => row.Id == id).ExecuteDelete();
        }

        if (publishEvent)
            _eventPublisher?.Publish(new EntityDeletedEvent<TEntity>(entity));
    }

    public async Task DeleteAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        if (entities.Count == 0)
            return;

        if (_isSoftDeleted)
        {
            foreach (var entity in entities)
                ((ISoftDeletedEntity)entity).Deleted = true;

            foreach (var entity in entities)
                await SaveAsync(() => AttachForUpdate(entity));
        }
        else
        {
            var ids = entities.Select(entity => entity.Id).Distinct().ToList();
            await _context.Set<TEntity>().Where(row => ids.Contains(row.Id)).ExecuteDeleteAsync();
        }

        if (!publishEvent || _eventPublisher == null)
            return;

        foreach (var entity in entities)
            await _eventPublisher.PublishAsync(new EntityDeletedEvent<TEntity>(entity));
    }

    public void Delete(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        if (entities.Count == 0)
            return;

        if (_isSoftDeleted)
        {
            foreach (var entity in entities)
                ((ISoftDeletedEntity)entity).Deleted = true;

            foreach (var entity in entities)
                Save(() => AttachForUpdate(entity));
        }
        else
        {
            var ids = entities.Select(entity => entity.Id).Distinct().ToList();
            _context.Set<TEntity>().Where(row => ids.Contains(row.Id)).ExecuteDelete();
        }

        if (!publishEvent || _eventPublisher == null)
            return;

        foreach (var entity in entities)
            _eventPublisher.Publish(new EntityDeletedEvent<TEntity>(entity));
    }

    public async Task<int> DeleteAsync(Expression<Func<TEntity, bool>> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);

        return await _context.Set<TEntity>().Where(predicate).ExecuteDeleteAsync();
    }

    public int Delete(Expression<Func<TEntity, bool>> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);

        return _context.Set<TEntity>().Where(predicate).ExecuteDelete();
    }

    public async Task<TEntity> LoadOriginalCopyAsync(TEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);

        var id = entity.Id;
        return await Ef.FirstOrDefaultAsync(Table, row => row.Id == id);
    }

    public async Task TruncateAsync(bool resetIdentity = false)
    {
        var table = _context.Model.FindEntityType(typeof(TEntity))?.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped by {_context.GetType().Name}.");

        // The table name comes from the model, not from input; identifiers cannot be parameters.
        if (_context.Database.IsNpgsql())
        {
            var truncate = $"TRUNCATE TABLE \"{table}\"{(resetIdentity ? " RESTART IDENTITY" : string.Empty)};";
            await _context.Database.ExecuteSqlRawAsync(truncate);
            return;
        }

        var delete = $"DELETE FROM \"{table}\";";
        await _context.Database.ExecuteSqlRawAsync(delete);
        if (resetIdentity)
            await _context.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_sequence WHERE name = {0};", table);
    }

    private static IQueryable<TEntity> AddDeletedFilter(IQueryable<TEntity> query, bool includeDeleted)
    {
        if (includeDeleted || !_isSoftDeleted)
            return query;

        var entity = Expression.Parameter(typeof(TEntity), "entity");
        var notDeleted = Expression.Lambda<Func<TEntity, bool>>(
            Expression.Not(Expression.Property(entity, nameof(ISoftDeletedEntity.Deleted))), entity);

        return query.Where(notDeleted);
    }

    private static async Task<IPagedList<TEntity>> ToPagedListAsync(IQueryable<TEntity> query, int pageIndex, int pageSize, bool getOnlyTotalCount)
    {
        pageSize = Math.Max(pageSize, 1);

        var count = await Ef.CountAsync(query);
        var data = new List<TEntity>();

        if (!getOnlyTotalCount && count > 0)
        {
            var skip = (int)Math.Min((long)Math.Max(pageIndex, 0) * pageSize, int.MaxValue);
            data.AddRange(await Ef.ToListAsync(query.Skip(skip).Take(pageSize)));
        }

        return new PagedList<TEntity>(data, pageIndex, pageSize, count);
    }

    // nopCommerce inserts without the identity column and then reads the generated id back into the entity.
    private void AddForInsert(TEntity entity)
    {
        entity.Id = 0;
        _context.Set<TEntity>().Add(entity);
    }

    // An entity that was never saved (id 0) matches no row; nopCommerce's update is then a no-op, and so is this one.
    private void AttachForUpdate(TEntity entity)
    {
        if (entity.Id == 0)
            return;

        _context.Entry(entity).State = EntityState.Modified;
    }

    private async Task SaveAsync(Action stage)
    {
        try
        {
            stage();
            await _context.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Only updates get here: the row is gone, and nopCommerce's UPDATE ... WHERE Id = @id silently affects nothing.
        }
        finally
        {
            _context.ChangeTracker.Clear();
        }
    }

    private void Save(Action stage)
    {
        try
        {
            stage();
            _context.SaveChanges();
        }
        catch (DbUpdateConcurrencyException)
        {
            // See SaveAsync.
        }
        finally
        {
            _context.ChangeTracker.Clear();
        }
    }
}
