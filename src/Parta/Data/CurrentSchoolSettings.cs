namespace Parta.Data;

/// <summary>The few settings of the current school that rules read on every request (see <see cref="PartaDbContext.CurrentSchoolAsync"/>).</summary>
public sealed record CurrentSchoolSettings(Guid Id, string TimeZone, int MaxOrderDelayDays, int LateEntryDays);
