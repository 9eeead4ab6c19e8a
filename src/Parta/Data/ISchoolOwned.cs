namespace Parta.Data;

/// <summary>A row that belongs to one school: the tenancy filter scopes every query of it.</summary>
public interface ISchoolOwned
{
    Guid SchoolId { get; }
}
