namespace Nop.Services.Security;

// Permission system names; values are "<Category>.<Name>".
public partial class StandardPermission
{
    public partial class Customers
    {
        public const string GDPR_MANAGE = "Customers.GDPRManage";
        public const string CUSTOMERS_VIEW = "Customers.CustomersView";
        public const string CUSTOMERS_CREATE_EDIT_DELETE = "Customers.CustomersCreateEditDelete";
        public const string CUSTOMERS_IMPORT_EXPORT = "Customers.CustomersImportExport";
        public const string CUSTOMERS_IMPERSONATION = "Customers.CustomersImpersonation";
        public const string CUSTOMER_ROLES_VIEW = "Customers.CustomerRolesView";
        public const string CUSTOMER_ROLES_CREATE_EDIT_DELETE = "Customers.CustomerRolesCreateEditDelete";
        public const string VENDORS_VIEW = "Customers.VendorsView";
        public const string VENDORS_CREATE_EDIT_DELETE = "Customers.VendorsCreateEditDelete";
        public const string ACTIVITY_LOG_VIEW = "Customers.ActivityLogView";
        public const string ACTIVITY_LOG_DELETE = "Customers.ActivityLogDelete";
        public const string ACTIVITY_LOG_MANAGE_TYPES = "Customers.ActivityLogManageTypes";
    }

    public partial class Orders
    {
        public const string CURRENT_CARTS_MANAGE = "Orders.CurrentCartsManage";
        public const string ORDERS_VIEW = "Orders.OrdersView";
        public const string ORDERS_CREATE_EDIT_DELETE = "Orders.OrdersCreateEditDelete";
        public const string ORDERS_IMPORT_EXPORT = "Orders.OrdersImportExport";
        public const string SHIPMENTS_VIEW = "Orders.ShipmentsView";
        public const string SHIPMENTS_CREATE_EDIT_DELETE = "Orders.ShipmentsCreateEditDelete";
        public const string RETURN_REQUESTS_VIEW = "Orders.ReturnRequestsView";
        public const string RETURN_REQUESTS_CREATE_EDIT_DELETE = "Orders.ReturnRequestsCreateEditDelete";
        public const string RECURRING_PAYMENTS_VIEW = "Orders.RecurringPaymentsView";
        public const string RECURRING_PAYMENTS_CREATE_EDIT_DELETE = "Orders.RecurringPaymentsCreateEditDelete";
        public const string GIFT_CARDS_VIEW = "Orders.GiftCardsView";
        public const string GIFT_CARDS_CREATE_EDIT_DELETE = "Orders.GiftCardsCreateEditDelete";
    }

    public partial class Promotions
    {
        public const string DISCOUNTS_VIEW = "Promotions.DiscountsView";
        public const string DISCOUNTS_CREATE_EDIT_DELETE = "Promotions.DiscountsCreateEditDelete";
        public const string AFFILIATES_VIEW = "Promotions.AffiliatesView";
        public const string AFFILIATES_CREATE_EDIT_DELETE = "Promotions.AffiliatesCreateEditDelete";
        public const string SUBSCRIBERS_VIEW = "Promotions.SubscribersView";
        public const string SUBSCRIBERS_CREATE_EDIT_DELETE = "Promotions.SubscribersCreateEditDelete";
        public const string SUBSCRIBERS_IMPORT_EXPORT = "Promotions.SubscribersImportExport";
        public const string SUBSCRIPTION_TYPE_VIEW = "Promotions.SubscriptionTypeView";
        public const string SUBSCRIPTION_TYPE_CREATE_EDIT_DELETE = "Promotions.SubscriptionTypeCreateEditDelete";
        public const string CAMPAIGNS_VIEW = "Promotions.CampaignsView";
        public const string CAMPAIGNS_CREATE_EDIT = "Promotions.CampaignsCreateEdit";
        public const string CAMPAIGNS_DELETE = "Promotions.CampaignsDelete";
        public const string CAMPAIGNS_SEND_EMAILS = "Promotions.CampaignsSendEmails";
    }

    public partial class Configuration
    {
        public const string MANAGE_WIDGETS = "Configuration.ManageWidgets";
        public const string MANAGE_COUNTRIES = "Configuration.ManageCountries";
        public const string MANAGE_LANGUAGES = "Configuration.ManageLanguages";
        public const string MANAGE_SETTINGS = "Configuration.ManageSettings";
        public const string MANAGE_PAYMENT_METHODS = "Configuration.ManagePaymentMethods";
        public const string MANAGE_EXTERNAL_AUTHENTICATION_METHODS = "Configuration.ManageExternalAuthenticationMethods";
        public const string MANAGE_MULTIFACTOR_AUTHENTICATION_METHODS = "Configuration.ManageMultifactorAuthenticationMethods";
        public const string MANAGE_TAX_SETTINGS = "Configuration.ManageTaxSettings";
        public const string MANAGE_SHIPPING_SETTINGS = "Configuration.ManageShippingSettings";
        public const string MANAGE_CURRENCIES = "Configuration.ManageCurrencies";
        public const string MANAGE_ACL = "Configuration.ManageACL";
        public const string MANAGE_EMAIL_ACCOUNTS = "Configuration.ManageEmailAccounts";
        public const string MANAGE_STORES = "Configuration.ManageStores";
        public const string MANAGE_PLUGINS = "Configuration.ManagePlugins";
    }

    public partial class System
    {
        public const string MANAGE_SYSTEM_LOG = "System.ManageSystemLog";
        public const string MANAGE_MESSAGE_QUEUE = "System.ManageMessageQueue";
        public const string MANAGE_MAINTENANCE = "System.ManageMaintenance";
        public const string HTML_EDITOR_MANAGE_PICTURES = "System.HtmlEditor.ManagePictures";
        public const string MANAGE_SCHEDULE_TASKS = "System.ManageScheduleTasks";
        public const string MANAGE_APP_SETTINGS = "System.ManageAppSettings";
    }

    public partial class Security
    {
        public const string ENABLE_MULTI_FACTOR_AUTHENTICATION = "Security.EnableMultiFactorAuthentication";
        public const string ACCESS_ADMIN_PANEL = "Security.AccessAdminPanel";
    }
}
