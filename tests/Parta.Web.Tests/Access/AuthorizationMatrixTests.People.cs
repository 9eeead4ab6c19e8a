namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    private const string NoOne = "00000000-0000-0000-0000-000000000001";

    /// <summary>The People module's routes.</summary>
    private static readonly Dictionary<string, Row> PeopleRows = new()
    {
        ["People/Students"] = new("/People/Students", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["People/Students/Index"] = new("/People/Students/Index?q=а", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["People/Students/Card"] = new($"/People/Students/Card?id={NoOne}", E.S, E.F, E.N, E.N, E.N, E.F, E.F),
        ["People/Students/Edit"] = new("/People/Students/Edit", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
        ["People/Staff"] = new("/People/Staff", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["People/Staff/Index"] = new("/People/Staff/Index", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["People/Staff/Edit"] = new("/People/Staff/Edit", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
        ["People/Guardians"] = new("/People/Guardians", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["People/Guardians/Index"] = new("/People/Guardians/Index", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["People/Guardians/Edit"] = new($"/People/Guardians/Edit?studentId={NoOne}", E.S, E.F, E.N, E.F, E.F, E.F, E.F),
        ["People/AccessLog"] = new($"/People/AccessLog?type=Student&id={NoOne}", E.S, E.F, E.N, E.N, E.F, E.F, E.F),
        ["Access/Rights"] = new("/Access/Rights", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
        ["Access/Roles"] = new("/Access/Roles", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
        ["Access/Accounts"] = new("/Access/Accounts", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
    };
}
