namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Models.Api;

public sealed record SandboxOrderItemApiResponse(int Id, int ProductId, string ProductName, int Quantity, decimal UnitPrice, decimal Price);
