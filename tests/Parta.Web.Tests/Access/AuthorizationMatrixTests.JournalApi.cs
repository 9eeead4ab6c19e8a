namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    private const string NoSuchId = "00000000-0000-0000-0000-000000000001";

    /// <summary>
    /// The journal API's routes. Every one is for a signed-in user and the journal's resource rule (JournalAccess,
    /// JournalWrite): in the matrix's empty school no id exists, so everyone signed in gets 404 (the rules against a real
    /// journal — teacher, substitute, class teacher, administration, family, another school — are JournalApiTests').
    /// </summary>
    private static readonly Dictionary<string, Row> JournalApiRows = new()
    {
        ["/api/v1/teaching-assignments/{teachingAssignmentId:guid}/journal"] = Journal($"/api/v1/teaching-assignments/{NoSuchId}/journal"),
        ["PUT /api/v1/lessons/{lessonId:guid}"] = Journal($"/api/v1/lessons/{NoSuchId}"),
        ["POST /api/v1/lessons/{lessonId:guid}/assessments"] = Journal($"/api/v1/lessons/{NoSuchId}/assessments"),
        ["PUT /api/v1/assessments/{assessmentId:guid}/marks/{studentId:guid}"] = Journal($"/api/v1/assessments/{NoSuchId}/marks/{NoSuchId}"),
        ["DELETE /api/v1/assessments/{assessmentId:guid}/marks/{studentId:guid}"] = Journal($"/api/v1/assessments/{NoSuchId}/marks/{NoSuchId}"),
        ["PUT /api/v1/lessons/{lessonId:guid}/attendance/{studentId:guid}"] = Journal($"/api/v1/lessons/{NoSuchId}/attendance/{NoSuchId}"),
        ["DELETE /api/v1/lessons/{lessonId:guid}/attendance/{studentId:guid}"] = Journal($"/api/v1/lessons/{NoSuchId}/attendance/{NoSuchId}"),
        ["/api/v1/marks/{assessmentId:guid}/{studentId:guid}/history"] = Journal($"/api/v1/marks/{NoSuchId}/{NoSuchId}/history"),
    };

    private static Row Journal(string url) => new(url, E.S, E.N, E.N, E.N, E.N, E.N, E.N);
}
