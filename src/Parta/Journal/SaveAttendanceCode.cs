using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Journal;

/// <summary>
/// Adds an attendance code (отметка посещаемости: «Н», «УП», «Б», «ОП»…) of the school or changes it. The journal's cells
/// keep the code as shown, so a code already in the journal keeps its letters; its name, kind and counting may change.
/// </summary>
public sealed class SaveAttendanceCode(PartaDbContext db, CurrentUser currentUser)
{
    /// <param name="IsAbsence">Counted as a missed lesson (a mark in the same lesson then contradicts it).</param>
    /// <param name="Version">The code's version the form was opened with (null: no check).</param>
    public sealed record Request(Guid? Id, string? Code, string? Name, AttendanceKind? Kind, bool IsAbsence, int? SortOrder = null, uint? Version = null);

    public sealed record AttendanceCodeNotFound() : NotFound("Отметка посещаемости не найдена.");

    public sealed record BadCode()
        : Invalid($"«Обозначение»: от 1 до {JournalRules.AttendanceCodeLength} заглавных русских или латинских букв (например Н, УП).", nameof(Request.Code));

    public sealed record DuplicateCode(string Code) : Invalid($"Отметка «{Code}» уже есть.", nameof(Request.Code));

    public sealed record CodeInUse(string Code, int Cells)
        : Invalid($"Обозначение «{Code}» уже стоит в журнале ({RussianPlural.Count(Cells, "раз", "раза", "раз")}) и не меняется. Можно изменить название и смысл отметки или добавить новую.", nameof(Request.Code));

    /// <summary>A code as typed («н», « Уп ») in capitals, or null when it is not 1–4 Russian or Latin letters.</summary>
    public static string? ReadCode(string? typed)
    {
        var code = typed?.Trim().ToUpper(RussianCulture.Instance);
        return string.IsNullOrEmpty(code) || code.Length > JournalRules.AttendanceCodeLength
            || !code.All(c => c is (>= 'А' and <= 'Я') or 'Ё' or (>= 'A' and <= 'Z'))
            ? null
            : code;
    }

    public async Task<Result<AttendanceCode>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var schoolId = currentUser.SchoolId!.Value;
        await JournalDefaults.EnsureAsync(db, schoolId, ct);
        AttendanceCode? attendanceCode = null;
        if (request.Id is { } id)
        {
            attendanceCode = await db.AttendanceCodes.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (attendanceCode is null)
            {
                return new AttendanceCodeNotFound();
            }

            if (db.Expect(attendanceCode, request.Version) is { } stale)
            {
                return stale;
            }
        }

        var checks = new Checks();
        var code = ReadCode(request.Code);
        if (code is null)
        {
            checks.Add(new BadCode());
        }

        var name = checks.Required(request.Name, nameof(Request.Name), "Название", JournalRules.NameLength);
        if (request.Kind is null)
        {
            checks.Add(nameof(Request.Kind), "Выберите, что означает отметка.");
        }

        var kind = checks.Defined(request.Kind, nameof(Request.Kind), "Что означает");
        var sortOrder = checks.Number(request.SortOrder, nameof(Request.SortOrder), "Порядок в списке", 0, 1000);
        if (code is not null)
        {
            if (await db.AttendanceCodes.AnyAsync(c => c.Id != request.Id && c.Code == code, ct))
            {
                checks.Add(new DuplicateCode(code));
            }
            else if (attendanceCode is not null && attendanceCode.Code != code
                     && await db.Attendance.CountAsync(a => a.Code == attendanceCode.Code, ct) is var cells and > 0)
            {
                checks.Add(new CodeInUse(attendanceCode.Code, cells));
            }
        }

        if (checks.Failed)
        {
            return checks.Refusal<AttendanceCode>();
        }

        if (attendanceCode is null)
        {
            attendanceCode = new AttendanceCode
            {
                SchoolId = schoolId, Code = code!, Name = name,
                SortOrder = sortOrder ?? (await db.AttendanceCodes.MaxAsync(c => (int?)c.SortOrder, ct) ?? 0) + 1,
            };
            db.AttendanceCodes.Add(attendanceCode);
        }

        attendanceCode.Code = code!;
        attendanceCode.Name = name;
        attendanceCode.Kind = kind!.Value;
        attendanceCode.IsAbsence = request.IsAbsence;
        attendanceCode.SortOrder = sortOrder ?? attendanceCode.SortOrder;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : attendanceCode;
    }
}
