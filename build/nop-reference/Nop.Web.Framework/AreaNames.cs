namespace Nop.Web.Framework;

public static class AreaNames
{
    public const string ADMIN = "Admin";
}
