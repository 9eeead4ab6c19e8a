using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Parta.Common;
using Parta.Diary;
using Parta.Journal;
using Parta.Web.Security;

namespace Parta.Web.Api;

/// <summary>
/// The diary over the API (the Diary part of the contract): a student's week and their marks by subject. Both answers
/// carry a weak ETag — the SHA-256 of the answer's JSON, so any change of what is shown (a mark, attendance, a topic,
/// homework, a timetable change) changes it — and answer <c>If-None-Match</c> with 304 and no body. Access is
/// <see cref="DiaryAccess"/>'s: the student, their guardians, the class teacher and the administration; others 404.
/// </summary>
public static class DiaryApi
{
    public sealed record DiaryMarkView(string Value, string WorkType, decimal Weight);

    public sealed record DiaryFileView(Guid Id, string FileName, string Url);

    /// <summary>
    /// A lesson of the diary; beyond the contract: <c>subjectId</c>, <c>changed</c> (<c>substitution</c>, <c>cancelled</c>,
    /// <c>moved</c>, <c>extra</c>), <c>absentTeacher</c>, <c>comment</c> (the teacher's to the student) and homework <c>files</c>.
    /// </summary>
    public sealed record DiaryLessonView(
        Guid LessonId, int Number, string? Start, string? End, string Subject, string Teacher, string? Room, string? Topic, string? Homework,
        string? Attendance, IReadOnlyList<DiaryMarkView> Marks, Guid SubjectId, string? Changed, string? AbsentTeacher, string? Comment,
        IReadOnlyList<DiaryFileView> Files);

    /// <summary>A day; beyond the contract: <c>kind</c> (<c>school</c>, <c>weekend</c>, <c>holiday</c>, <c>outsideYear</c>) and <c>note</c> (the holiday's name).</summary>
    public sealed record DiaryDayView(DateOnly Date, IReadOnlyList<DiaryLessonView> Lessons, string Kind, string? Note);

    public sealed record DiaryView(IReadOnlyList<DiaryDayView> Days);

    public sealed record SubjectMarkView(DateOnly Date, string Value, string WorkType, decimal Weight);

    /// <summary>A subject; beyond the contract: <c>suggested</c> and <c>reason</c> — what the school's rule gives if the period ended now.</summary>
    public sealed record SubjectMarksView(
        Guid SubjectId, string Subject, IReadOnlyList<SubjectMarkView> Marks, decimal? Weighted, string? PeriodMark, string? Suggested, string? Reason);

    /// <summary>The marks; beyond the contract: the <c>period</c> shown and the school's <c>rule</c> in words.</summary>
    public sealed record StudentMarksView(IReadOnlyList<SubjectMarksView> Subjects, MarksPeriodView? Period, IReadOnlyList<string> Rule);

    public sealed record MarksPeriodView(Guid Id, string Name, DateOnly Start, DateOnly End, bool Closed);

    private const string CacheNote =
        " Ответ несёт ETag (слабый, W/: SHA-256 ответа); с If-None-Match и тем же ETag — 304 без тела. Cache-Control: private, no-cache.";

    public static void MapDiaryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Дневник");
        api.MapGet("/students/{studentId:guid}/diary", GetDiary)
            .RequireSignedIn()
            .WithSummary("Дневник учащегося: дни с уроками, темами, домашним заданием, отметками и посещаемостью")
            .WithDescription("Читают сам учащийся, его родители (кроме ограниченных в правах), классный руководитель и администрация; остальным 404."
                + " Период — from и to (ГГГГ-ММ-ДД, включительно), не больше 31 дня (иначе 422); без них — текущая неделя (понедельник–воскресенье)."
                + " Даты вне учебного года — пустые дни." + CacheNote)
            .Produces<DiaryView>().Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/students/{studentId:guid}/marks", GetMarks)
            .RequireSignedIn()
            .WithSummary("Отметки учащегося по предметам за период: средневзвешенный балл, отметка за период и подсказка по правилу школы")
            .WithDescription("Без periodId — текущий период класса учащегося; период другого учебного года — 422." + CacheNote)
            .Produces<StudentMarksView>().Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/students/{studentId:guid}/homework-files/{fileId:guid}", GetFile)
            .RequireSignedIn()
            .WithSummary("Файл домашнего задания урока учащегося")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The API's address of a homework file of the student's diary.</summary>
    public static string FileUrl(Guid studentId, Guid fileId) => $"/api/v1/students/{studentId}/homework-files/{fileId}";

    public static DiaryView View(StudentDiaryWeek week) => new(week.Days.Select(d => new DiaryDayView(
        d.Date,
        d.Lessons.Select(l => new DiaryLessonView(
            l.LessonId, l.Number, Time(l.Start), Time(l.End), l.Subject, l.Teacher, l.Room, l.Topic, l.Homework, l.Attendance,
            l.Marks.Select(m => new DiaryMarkView(m.Value, m.WorkType, m.Weight)).ToList(),
            l.SubjectId, l.Change is { } change ? EnumCode.Of(change) : null, l.AbsentTeacher, l.Comment,
            l.Files.Select(f => new DiaryFileView(f.Id, f.FileName, FileUrl(week.Student.Id, f.Id))).ToList())).ToList(),
        EnumCode.Of(d.Kind), d.Note)).ToList());

    public static StudentMarksView View(StudentMarks marks) => new(
        marks.Subjects.Select(s => new SubjectMarksView(
            s.SubjectId, s.Subject, s.Marks.Select(m => new SubjectMarkView(m.Date, m.Value, m.WorkType, m.Weight)).ToList(),
            WeightedAverage.Rounded(s.Weighted), s.PeriodMark, s.Suggested?.Value, s.Suggested?.Reason)).ToList(),
        marks.Period is { } p ? new MarksPeriodView(p.Id, p.Name, p.Start, p.End, p.Closed) : null,
        marks.RuleText);

    private static async Task<IResult> GetDiary(
        Guid studentId, DateOnly? from, DateOnly? to, GetDiaryWeek get, HttpContext http, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var result = await get.HandleAsync(new GetDiaryWeek.Request(studentId, From: from, To: to), ct);
        return result.ToApi(week => Tagged(http, View(week), json.Value.SerializerOptions));
    }

    private static async Task<IResult> GetMarks(
        Guid studentId, Guid? periodId, GetStudentMarks get, HttpContext http, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var result = await get.HandleAsync(new GetStudentMarks.Request(studentId, periodId), ct);
        return result.ToApi(marks => Tagged(http, View(marks), json.Value.SerializerOptions));
    }

    private static async Task<IResult> GetFile(Guid studentId, Guid fileId, GetDiaryHomeworkFile get, CancellationToken ct)
    {
        var result = await get.HandleAsync(new GetDiaryHomeworkFile.Request(studentId, fileId), ct);
        return result.ToApi(f => TypedResults.File(f.Content, f.ContentType, f.FileName));
    }

    /// <summary>
    /// The answer as JSON with its ETag (SHA-256 of the JSON): 304 with no body when the client already has it. The tag is
    /// weak: response compression sends other bytes of the same answer under it, which a strong tag must not.
    /// </summary>
    public static IResult Tagged<T>(HttpContext http, T value, JsonSerializerOptions options)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body))}\"";
        http.Response.Headers.ETag = "W/" + etag;
        http.Response.Headers.CacheControl = "private, no-cache";
        var asked = http.Request.Headers.IfNoneMatch;
        if (asked.Count > 0 && EntityTagHeaderValue.TryParseList(asked, out var tags)
            && tags.Any(t => t.Tag.Value == etag || t.Tag == EntityTagHeaderValue.Any.Tag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(body, "application/json; charset=utf-8");
    }

    private static string? Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);
}
