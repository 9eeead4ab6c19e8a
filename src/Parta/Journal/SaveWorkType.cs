using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Journal;

/// <summary>
/// Adds a work type (вид работы) of the school or changes its name, weight, «for homework» and place in lists. The code
/// is chosen once: the API and the imports name the work type by it. A new weight changes the weighted averages of every
/// mark of this type at once (they are computed, never stored).
/// </summary>
public sealed class SaveWorkType(PartaDbContext db, CurrentUser currentUser)
{
    /// <param name="Weight">As typed: «1,5» or «1.5».</param>
    /// <param name="SortOrder">Its place in lists; none: after the others (a new one) or as it was.</param>
    /// <param name="Version">The work type's version the form was opened with (null: no check).</param>
    public sealed record Request(Guid? Id, string? Code, string? Name, string? Weight, bool ForHomework, int? SortOrder = null, uint? Version = null);

    public sealed record WorkTypeNotFound() : NotFound("Вид работы не найден.");

    public sealed record DuplicateCode(string Code) : Invalid($"Код «{Code}» уже есть у другого вида работы.", nameof(Request.Code));

    public sealed record DuplicateName(string Name) : Invalid($"Вид работы «{Name}» уже есть.", nameof(Request.Name));

    public sealed record CodeIsFixed(string Code)
        : Invalid($"Код вида работы не меняется (сейчас «{Code}»): по нему вид работы называют API и загрузка данных.", nameof(Request.Code));

    public sealed record BadWeight()
        : Invalid($"«Вес»: число от 0,1 до 10, не больше двух знаков после запятой (например 1,5).", nameof(Request.Weight));

    public sealed record BadCode() : Invalid("«Код»: латинские буквы a–z, цифры и дефис (например control-2).", nameof(Request.Code));

    /// <summary>A weight as typed («1,5», «1.5», « 2 »), or null when it is not a number of the weights' range and precision.</summary>
    public static decimal? ReadWeight(string? typed)
    {
        var text = typed?.Trim().Replace(',', '.');
        if (string.IsNullOrEmpty(text)
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight)
            || weight < JournalRules.MinWeight || weight > JournalRules.MaxWeight
            || decimal.Round(weight, 2) != weight)
        {
            return null;
        }

        return weight;
    }

    /// <summary>A weight as the school reads it: «1», «1,5», «0,25».</summary>
    public static string ShowWeight(decimal weight) => weight.ToString("0.##", RussianCulture.Instance);

    public async Task<Result<WorkType>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var schoolId = currentUser.SchoolId!.Value;
        await JournalDefaults.EnsureAsync(db, schoolId, ct);
        WorkType? workType = null;
        if (request.Id is { } id)
        {
            workType = await db.WorkTypes.FirstOrDefaultAsync(w => w.Id == id, ct);
            if (workType is null)
            {
                return new WorkTypeNotFound();
            }

            if (db.Expect(workType, request.Version) is { } stale)
            {
                return stale;
            }
        }

        var checks = new Checks();
        var name = checks.Required(request.Name, nameof(Request.Name), "Название", JournalRules.NameLength);
        var code = checks.Required(request.Code, nameof(Request.Code), "Код", JournalRules.CodeLength).ToLowerInvariant();
        if (code.Length > 0 && !code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            checks.Add(new BadCode());
            code = "";
        }

        var weight = ReadWeight(request.Weight);
        if (weight is null)
        {
            checks.Add(new BadWeight());
        }

        var sortOrder = checks.Number(request.SortOrder, nameof(Request.SortOrder), "Порядок в списке", 0, 1000);
        if (workType is not null && code.Length > 0 && code != workType.Code)
        {
            checks.Add(new CodeIsFixed(workType.Code));
        }

        var others = await db.WorkTypes.AsNoTracking().Where(w => w.Id != request.Id).Select(w => new { w.Code, w.Name }).ToListAsync(ct);
        if (workType is null && code.Length > 0 && others.Any(o => o.Code == code))
        {
            checks.Add(new DuplicateCode(code));
        }

        // Names compare as people read them: «Диктант» and «диктант » are one work type.
        if (name.Length > 0 && others.FirstOrDefault(o => RussianCulture.Collation.Equals(o.Name, name)) is { } sameName)
        {
            checks.Add(new DuplicateName(sameName.Name));
        }

        if (checks.Failed)
        {
            return checks.Refusal<WorkType>();
        }

        if (workType is null)
        {
            workType = new WorkType
            {
                SchoolId = schoolId, Code = code, Name = name,
                SortOrder = sortOrder ?? (await db.WorkTypes.MaxAsync(w => (int?)w.SortOrder, ct) ?? 0) + 1,
            };
            db.WorkTypes.Add(workType);
        }

        workType.Name = name;
        workType.Weight = weight!.Value;
        workType.ForHomework = request.ForHomework;
        workType.SortOrder = sortOrder ?? workType.SortOrder;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : workType;
    }
}
