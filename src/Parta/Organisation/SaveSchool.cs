using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>
/// The deployment's administrator creates a school (no id) or changes its particulars: names, address, municipality
/// (found by name or added), time zone and how late a movement order may be signed. Every change is in the school's history.
/// </summary>
public sealed class SaveSchool(PartaDbContext db, CurrentUser currentUser)
{
    /// <param name="Version">The school's version the form was opened with (null: no check).</param>
    public sealed record Request(
        Guid? Id, string? Name, string? ShortName, string? Address, string? Municipality, string? TimeZone, int? MaxOrderDelayDays,
        uint? Version = null);

    public sealed record SchoolNotFound() : NotFound("Школа не найдена.");

    public sealed record UnknownTimeZone() : Invalid("Выберите часовой пояс из списка.", nameof(Request.TimeZone));

    public async Task<Result<School>> HandleAsync(Request request, CancellationToken ct = default)
    {
        School? school = null;
        if (request.Id is { } id)
        {
            school = await db.Schools.FirstOrDefaultAsync(s => s.Id == id, ct);
            if (school is null)
            {
                return new SchoolNotFound();
            }

            if (db.Expect(school, request.Version) is { } stale)
            {
                return stale;
            }
        }

        var checks = new Checks();
        var name = checks.Required(request.Name, nameof(Request.Name), "Полное название", 300);
        var shortName = checks.Required(request.ShortName, nameof(Request.ShortName), "Краткое название", 100);
        var address = checks.Text(request.Address, nameof(Request.Address), "Адрес", 500);
        var municipalityName = checks.Text(request.Municipality, nameof(Request.Municipality), "Муниципалитет", 200);
        var maxOrderDelay = checks.Number(request.MaxOrderDelayDays ?? 30, nameof(Request.MaxOrderDelayDays), "Приказ можно подписать позже события", 0, 365);
        if (!RussianTimeZones.Contains(request.TimeZone))
        {
            checks.Add(new UnknownTimeZone());
        }

        if (checks.Failed)
        {
            return checks.Refusal<School>();
        }

        Guid? municipalityId = null;
        if (municipalityName is not null)
        {
            var municipality = await db.Municipalities.FirstOrDefaultAsync(m => m.Name == municipalityName, ct)
                ?? db.Municipalities.Add(new Municipality { Name = municipalityName }).Entity;
            municipalityId = municipality.Id;
        }

        var created = school is null;
        if (school is null)
        {
            school = new School { Name = name, ShortName = shortName };
            db.Schools.Add(school);
            Journal.JournalDefaults.AddTo(db, school.Id);
        }

        // A new school's journal defaults are rows of that school, written from outside it (by the administrator).
        using var into = created ? currentUser.AllowWritesTo(school.Id) : null;

        school.Name = name;
        school.ShortName = shortName;
        school.Address = address;
        school.TimeZone = request.TimeZone!;
        school.MunicipalityId = municipalityId;
        school.MaxOrderDelayDays = maxOrderDelay!.Value;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : school;
    }
}
