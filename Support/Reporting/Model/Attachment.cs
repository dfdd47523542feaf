namespace Conformance.Reporting.Model;

/// <summary>A file or text produced while a step or scenario ran (HTTP exchange, captured notifications, schema errors).</summary>
public sealed record Attachment(string Name, string MediaType, string Content);
