namespace Parta.Importing;

/// <summary>A full name split from one cell: «Фамилия Имя Отчество».</summary>
internal readonly record struct PersonNameParts(string Last, string First, string? Middle);
