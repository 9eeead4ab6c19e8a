using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Scheduling;

namespace Parta.Web.Pages.Scheduling;

/// <summary>The week of dated lessons of a class, a teacher, a room or a student («Расписание на неделю»).</summary>
public sealed class WeekModel(GetTimetableWeek getWeek) : PageModel
{
    public TimetableWeek Week { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid? classId, Guid? teacherId, Guid? roomId, Guid? studentId, DateOnly? date, CancellationToken ct)
    {
        var (of, id) = classId is { } c ? (LessonsOf.Class, c)
            : teacherId is { } t ? (LessonsOf.Teacher, t)
            : roomId is { } r ? (LessonsOf.Room, r)
            : studentId is { } s ? (LessonsOf.Student, s)
            : ((LessonsOf?)null, (Guid?)null);
        var result = await getWeek.HandleAsync(new GetTimetableWeek.Request(of, id, date), ct);
        if (this.Refused(result) is { } refused)
        {
            return refused;
        }

        Week = result.Value;
        return Page();
    }

    /// <summary>The query parameter that names whose week is shown: <c>classId</c>, <c>teacherId</c>, <c>roomId</c> or <c>studentId</c>.</summary>
    public string? WhoseParameter => Week.Of switch
    {
        LessonsOf.Class => "classId",
        LessonsOf.Teacher => "teacherId",
        LessonsOf.Room => "roomId",
        LessonsOf.Student => "studentId",
        _ => null,
    };

    /// <summary>This page for the same person on another week.</summary>
    public string LinkTo(DateOnly date) =>
        "/Scheduling/Week?" + (WhoseParameter is { } p ? $"{p}={Week.Id}&" : "") + "date=" + Iso(date);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The short mark of a change in a cell («замена»): text, so it is never colour alone.</summary>
    public static string ChangeMark(LessonChangeKind kind) => kind switch
    {
        LessonChangeKind.Substitution => "замена",
        LessonChangeKind.Cancelled => "отменён",
        LessonChangeKind.Moved => "перенесён",
        LessonChangeKind.Extra => "доп. урок",
        _ => "",
    };

    public static string ChangeClass(LessonChangeKind? kind) => kind switch
    {
        LessonChangeKind.Substitution => " lesson-substitution",
        LessonChangeKind.Cancelled => " lesson-cancelled",
        LessonChangeKind.Moved => " lesson-moved",
        LessonChangeKind.Extra => " lesson-extra",
        _ => "",
    };
}
