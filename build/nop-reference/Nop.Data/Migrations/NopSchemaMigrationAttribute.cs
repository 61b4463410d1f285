namespace Nop.Data.Migrations;

public partial class NopSchemaMigrationAttribute : NopMigrationAttribute
{
    public NopSchemaMigrationAttribute(string dateTime, string description,
        MigrationProcessType targetMigrationProcess = MigrationProcessType.Update)
        : base(dateTime, description, targetMigrationProcess)
    {
        IsSchemaMigration = true;
    }
}
