using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.People;
using Parta.Scheduling;

namespace Parta.Importing;

/// <summary>
/// The school's data of one <see cref="ImportKind"/> as XLSX, in the columns of the kind's template, so that an export
/// imports back unchanged. Students, classes, curriculum and teaching assignments are those of the current academic year.
/// </summary>
public sealed class ExportSpreadsheet(PartaDbContext db, CurrentUser currentUser, PermissionResolver permissions, TimeProvider time)
{
    /// <param name="TemplateOnly">The template instead of the data: the headers and one example row.</param>
    public sealed record Request(ImportKind Kind, bool TemplateOnly = false);

    /// <summary>The file, named for a download.</summary>
    public sealed record File(string Name, byte[] Content);

    public async Task<Result<File>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var kind = request.Kind;
        if (!Enum.IsDefined(kind) || kind == ImportKind.LessonPlan)
        {
            // A lesson plan is exported from its page (Planning.ExportLessonPlan).
            return new NotFound("Неизвестный вид данных.");
        }

        if (!(await permissions.GetAsync(ct)).Has(kind.Permission()))
        {
            return new ImportSpreadsheet.KindForbidden(kind);
        }

        var headers = kind.Columns().Select(c => c.Header).ToList();
        return request.TemplateOnly
            ? new File(FileName(kind, "шаблон"), SpreadsheetFile.WriteXlsx(kind.Title(), headers, [kind.SampleRow()]))
            : new File(FileName(kind, "экспорт"), SpreadsheetFile.WriteXlsx(kind.Title(), headers, await RowsAsync(kind, ct)));
    }

    private static string FileName(ImportKind kind, string what) => $"{what}-{kind.Code()}.xlsx";

    private async Task<List<IReadOnlyList<string>>> RowsAsync(ImportKind kind, CancellationToken ct)
    {
        var schoolId = currentUser.SchoolId ?? throw new InvalidOperationException("Export needs a current school.");
        var yearId = (await SchoolClock.CurrentYearAsync(db, await SchoolClock.TodayAsync(db, time, ct), ct))?.Id ?? Guid.Empty;
        var classNames = (await db.SchoolClasses.AsNoTracking().Select(c => new { c.Id, c.Grade, c.Letter }).ToListAsync(ct))
            .ToDictionary(c => c.Id, c => SchoolClass.NameOf(c.Grade, c.Letter));
        var staffNames = (await db.StaffMembers.AsNoTracking().ToListAsync(ct)).ToDictionary(s => s.Id, s => s.FullName);
        var subjectNames = (await db.Subjects.AsNoTracking().ToListAsync(ct)).ToDictionary(s => s.Id, s => s.Name);
        switch (kind)
        {
            case ImportKind.Students:
            {
                // The students of the current year's classes: the rows that import back into this year.
                var students = await db.Students.AsNoTracking()
                    .Where(s => db.SchoolClasses.Any(c => c.Id == s.SchoolClassId && c.AcademicYearId == yearId))
                    .ToListAsync(ct);
                var parents = (await db.Guardianships.AsNoTracking().Include(g => g.Guardian).ToListAsync(ct))
                    .GroupBy(g => g.StudentId)
                    .ToDictionary(g => g.Key, g => g.OrderBy(l => l.Id).Take(2).ToList());
                return students
                    .OrderBy(s => s.SchoolClassId is { } c ? classNames.GetValueOrDefault(c) : "", ClassOrder.Instance)
                    .ThenBy(s => s.FullName, StringComparer.Ordinal)
                    .Select(s =>
                    {
                        var row = new List<string>
                        {
                            s.FullName, Date(s.BirthDate), s.Gender switch { Gender.Male => "м", Gender.Female => "ж", _ => "" },
                            s.PersonalFileNumber ?? "", s.SchoolClassId is { } c ? classNames.GetValueOrDefault(c, "") : "", s.Address ?? "", s.Phone ?? "",
                        };
                        foreach (var link in parents.GetValueOrDefault(s.Id, []))
                        {
                            row.AddRange([link.Guardian!.FullName, link.Relation, link.Guardian.Phone ?? "", link.Guardian.Email ?? ""]);
                        }

                        return (IReadOnlyList<string>)row;
                    })
                    .ToList();
            }

            case ImportKind.Staff:
                return (await db.StaffMembers.AsNoTracking().ToListAsync(ct))
                    .OrderBy(s => s.FullName, StringComparer.Ordinal)
                    .Select(s => (IReadOnlyList<string>)[s.FullName, Date(s.BirthDate), s.Positions, s.Phone ?? "", s.Email ?? ""])
                    .ToList();
            case ImportKind.Classes:
                return (await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == yearId).ToListAsync(ct))
                    .OrderBy(c => SchoolClass.NameOf(c.Grade, c.Letter), ClassOrder.Instance)
                    .Select(c => (IReadOnlyList<string>)[c.Name, c.ClassTeacherId is { } t ? staffNames.GetValueOrDefault(t, "") : ""])
                    .ToList();
            case ImportKind.Subjects:
                return (await db.Subjects.AsNoTracking().ToListAsync(ct))
                    .OrderBy(s => s.SortOrder).ThenBy(s => s.Name, StringComparer.Ordinal)
                    .Select(s => (IReadOnlyList<string>)[s.Name, s.ShortName])
                    .ToList();
            case ImportKind.Curriculum:
                return (await db.CurriculumLines.AsNoTracking().Where(l => l.AcademicYearId == yearId).ToListAsync(ct))
                    .OrderBy(l => l.Grade).ThenBy(l => subjectNames.GetValueOrDefault(l.SubjectId), StringComparer.Ordinal)
                    .Select(l => (IReadOnlyList<string>)
                    [
                        subjectNames.GetValueOrDefault(l.SubjectId, ""), l.Grade.ToString(CultureInfo.InvariantCulture), Hours(l.HoursPerWeek),
                        l.SchoolClassId is { } c ? classNames.GetValueOrDefault(c, "") : "", l.Exam ? "да" : "нет",
                    ])
                    .ToList();
            case ImportKind.Timetable:
                return await TimetableRowsAsync(yearId, staffNames, ct);
            default:
            {
                var groupNames = (await db.StudyGroups.AsNoTracking().Select(g => new { g.Id, g.Name }).ToListAsync(ct)).ToDictionary(g => g.Id, g => g.Name);
                return (await db.TeachingAssignments.AsNoTracking().Where(a => a.AcademicYearId == yearId).ToListAsync(ct))
                    .Select(a => (IReadOnlyList<string>)
                    [
                        staffNames.GetValueOrDefault(a.StaffMemberId, ""), subjectNames.GetValueOrDefault(a.SubjectId, ""),
                        a.SchoolClassId is { } c ? classNames.GetValueOrDefault(c, "") : groupNames.GetValueOrDefault(a.StudyGroupId ?? Guid.Empty, ""),
                        Hours(a.HoursPerWeek),
                    ])
                    .OrderBy(r => r[0], StringComparer.Ordinal).ThenBy(r => r[1], StringComparer.Ordinal).ThenBy(r => r[2], StringComparer.Ordinal)
                    .ToList();
            }
        }
    }

    /// <summary>
    /// The lines of the version a timetable file goes into (<see cref="TimetableImport.TargetAsync"/>), by class
    /// (<see cref="ClassOrder"/>; groups of several classes after the classes), day and number; the teacher's full name
    /// always, so that each row finds its assignment again.
    /// </summary>
    private async Task<List<IReadOnlyList<string>>> TimetableRowsAsync(Guid yearId, Dictionary<Guid, string> staffNames, CancellationToken ct)
    {
        var timetable = await TimetableImport.TargetAsync(db, yearId, await SchoolClock.TodayAsync(db, time, ct), ct);
        if (timetable is null)
        {
            return [];
        }

        var picture = (await TimetablePicture.LoadAsync(db, timetable.Id, await SchoolClock.TodayAsync(db, time, ct), ct))!;
        return picture.Lines
            .Where(l => picture.Assignments.ContainsKey(l.AssignmentId))
            .Select(l =>
            {
                var a = picture.Assignments[l.AssignmentId];
                var group = a.GroupId is { } g ? picture.Groups.GetValueOrDefault(g) : null;
                var classId = picture.ClassOf(a);
                var className = classId is { } c && picture.Classes.TryGetValue(c, out var cls) ? cls.Name : "";
                return (Line: l, ClassName: className, Group: group?.Name ?? "", Row: (IReadOnlyList<string>)
                [
                    className, group?.Name ?? "", ScheduleRules.DayShortNames[Math.Clamp(l.Day, 1, 6)], l.Number.ToString(CultureInfo.InvariantCulture),
                    a.Subject, staffNames.GetValueOrDefault(a.TeacherId, a.Teacher), picture.RoomName(l.RoomId),
                    l.Weeks switch { WeekParity.Odd => "нечёт", WeekParity.Even => "чёт", _ => "" },
                ]);
            })
            .OrderBy(x => x.ClassName.Length == 0 ? 1 : 0).ThenBy(x => x.ClassName, ClassOrder.Instance)
            .ThenBy(x => x.Line.Day).ThenBy(x => x.Line.Number).ThenBy(x => x.Group, RussianCulture.Collation).ThenBy(x => x.Line.Weeks)
            .Select(x => x.Row)
            .ToList();
    }

    private static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";

    private static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.GetCultureInfo("ru-RU"));
}
