using System.Globalization;
using FluentMigrator;

namespace Nop.Data.Migrations;

// Attribute data: the version is the documented one (ticks of the date, plus the update type's value),
// so reading a migration's attribute gives what nopCommerce would store.
public partial class NopMigrationAttribute : MigrationAttribute
{
    // nopCommerce's documented date formats for migration versions.
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy.MM.dd HH:mm:ss", "yyyy/MM/dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss:fffffff", "yyyy.MM.dd HH:mm:ss:fffffff", "yyyy/MM/dd HH:mm:ss:fffffff"
    ];

    private readonly MigrationProcessType _targetMigrationProcess;
    private bool _isSchemaMigration;
    private bool _applyInDbOnDebugMode = true;

    public NopMigrationAttribute(string dateTime, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter)
        : this(dateTime, null, null, null, targetMigrationProcess)
    {
    }

    public NopMigrationAttribute(string dateTime, string description, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter)
        : this(dateTime, description, null, null, targetMigrationProcess)
    {
    }

    public NopMigrationAttribute(string dateTime, string nopVersion, UpdateMigrationType updateMigrationType, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter)
        : this(dateTime, null, nopVersion, updateMigrationType, targetMigrationProcess)
    {
    }

    private NopMigrationAttribute(string dateTime, string description, string nopVersion, UpdateMigrationType? updateMigrationType, MigrationProcessType targetMigrationProcess)
        : base(ToVersion(dateTime, updateMigrationType), description)
    {
        _targetMigrationProcess = targetMigrationProcess;
    }

    public virtual MigrationProcessType TargetMigrationProcess => _targetMigrationProcess;

    public virtual bool IsSchemaMigration
    {
        get => _isSchemaMigration;
        protected set => _isSchemaMigration = value;
    }

    public virtual bool ApplyInDbOnDebugMode
    {
        get => _applyInDbOnDebugMode;
        protected set => _applyInDbOnDebugMode = value;
    }

    private static long ToVersion(string dateTime, UpdateMigrationType? updateMigrationType)
    {
        var ticks = DateTime.ParseExact(dateTime, DateFormats, CultureInfo.InvariantCulture).Ticks;
        return updateMigrationType.HasValue ? ticks + (int)updateMigrationType.Value : ticks;
    }
}
