namespace Parta.Data;

/// <summary>A row with a version 7 GUID made by the application, so ids sort by creation.</summary>
public abstract class Entity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
}
