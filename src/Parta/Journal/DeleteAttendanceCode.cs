using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Journal;

/// <summary>Deletes an attendance code the journal has never used (a cell keeps its code as shown, so a used one stays).</summary>
public sealed class DeleteAttendanceCode(PartaDbContext db)
{
    public sealed record Request(Guid AttendanceCodeId);

    public sealed record AttendanceCodeNotFound() : NotFound("Отметка посещаемости не найдена.");

    public sealed record InUse(string Code, int Cells)
        : Conflict($"Отметку «{Code}» удалить нельзя: она уже стоит в журнале ({RussianPlural.Count(Cells, "раз", "раза", "раз")}).");

    public async Task<Result<AttendanceCode>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var attendanceCode = await db.AttendanceCodes.FirstOrDefaultAsync(c => c.Id == request.AttendanceCodeId, ct);
        if (attendanceCode is null)
        {
            return new AttendanceCodeNotFound();
        }

        var cells = await db.Attendance.CountAsync(a => a.Code == attendanceCode.Code, ct);
        if (cells > 0)
        {
            return new InUse(attendanceCode.Code, cells);
        }

        db.AttendanceCodes.Remove(attendanceCode);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : attendanceCode;
    }
}
