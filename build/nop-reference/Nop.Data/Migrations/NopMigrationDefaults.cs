namespace Nop.Data.Migrations;

public static partial class NopMigrationDefaults
{
    public static string[] DateFormats { get; } =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy.MM.dd HH:mm:ss", "yyyy/MM/dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss:fffffff", "yyyy.MM.dd HH:mm:ss:fffffff", "yyyy/MM/dd HH:mm:ss:fffffff"
    ];

    public static string UpdateMigrationDescription => "nopCommerce version {0}. Update {1}";
}
