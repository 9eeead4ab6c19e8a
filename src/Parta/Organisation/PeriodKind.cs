using Parta.Data;

namespace Parta.Organisation;

/// <summary>The kind of a period scheme; the API gives it as <c>quarter</c>, <c>half</c>, <c>trimester</c>, <c>year</c>.</summary>
public enum PeriodKind
{
    Quarter = 1,
    Half = 2,
    Trimester = 3,
    Year = 4,
    Custom = 5,
}
