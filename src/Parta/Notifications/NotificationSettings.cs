using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Notifications;

/// <summary>A user's notification settings about one student, as the page and the API show and take them.</summary>
/// <param name="Kinds">Of <c>newMarks</c>, <c>lowMarks</c>, <c>absences</c>, <c>homework</c>, <c>teacherMessages</c>.</param>
/// <param name="Mode"><c>instant</c> or <c>digest</c>.</param>
public sealed record StudentNotificationSettings(
    Guid StudentId, string FullName, string? ClassName, IReadOnlyList<string> Kinds, int LowMarkThreshold, string Mode, int DigestHour);

/// <summary>The settings of every student the user may be notified about (their children; themself from grade 5).</summary>
public sealed record NotificationSettingsView(IReadOnlyList<StudentNotificationSettings> Students);

/// <summary>The names and rules of the settings, shared by reading and saving.</summary>
public static class NotificationNames
{
    public static string Of(NotificationKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    public static string Of(NotificationMode mode) => JsonNamingPolicy.CamelCase.ConvertName(mode.ToString());

    public static NotificationKind? Kind(string? name) =>
        Enum.GetValues<NotificationKind>().Select(k => (NotificationKind?)k).FirstOrDefault(k => string.Equals(Of(k!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static NotificationMode? Mode(string? name) =>
        Enum.GetValues<NotificationMode>().Select(m => (NotificationMode?)m).FirstOrDefault(m => string.Equals(Of(m!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Title(NotificationKind kind) => kind switch
    {
        NotificationKind.NewMarks => "Новые отметки",
        NotificationKind.LowMarks => "Низкие отметки",
        NotificationKind.Absences => "Пропуски уроков",
        NotificationKind.Homework => "Новое домашнее задание",
        NotificationKind.TeacherMessages => "Сообщения от учителя",
        _ => kind.ToString(),
    };

    /// <summary>The students whose notifications this user may choose: <see cref="ResourceRules.OfFamily"/> in every school, themself from grade 5.</summary>
    internal static IQueryable<People.Student> FamilyOf(PartaDbContext db, Guid userId) =>
        db.Students.IgnoreQueryFilters().OfFamily(db.Guardianships.IgnoreQueryFilters(), userId)
            .Where(s => s.SchoolClassId != null && (s.UserId != userId || s.SchoolClass!.Grade >= NotificationPlanner.StudentFromGrade));
}

public sealed record StudentNotFound() : NotFound("Учащийся не найден.");

/// <summary>Reads the user's notification settings per student (a student without a subscription shows everything off).</summary>
public sealed class GetNotificationSettings(PartaDbContext db, CurrentUser user)
{
    public async Task<Result<NotificationSettingsView>> HandleAsync(CancellationToken ct = default)
    {
        if (user.UserId is not { } userId)
        {
            return new NotificationSettingsView([]);
        }

        var students = await NotificationNames.FamilyOf(db, userId)
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName, Grade = (int?)s.SchoolClass!.Grade, s.SchoolClass.Letter })
            .ToListAsync(ct);
        var ids = students.Select(s => s.Id).ToList();
        var subscriptions = await db.NotificationSubscriptions.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.UserId == userId && ids.Contains(s.StudentId)).ToDictionaryAsync(s => s.StudentId, ct);
        var rows = students.Select(s =>
        {
            var sub = subscriptions.GetValueOrDefault(s.Id);
            return new StudentNotificationSettings(
                s.Id, PersonName.Full(s.LastName, s.FirstName, s.MiddleName), s.Grade is { } g ? SchoolClass.NameOf(g, s.Letter!) : null,
                sub?.Kinds.Select(NotificationNames.Of).ToList() ?? [],
                sub?.LowMarkThreshold ?? NotificationSubscription.DefaultLowMarkThreshold,
                NotificationNames.Of(sub?.Mode ?? NotificationMode.Instant),
                sub?.DigestHour ?? NotificationSubscription.DefaultDigestHour);
        }).OrderBy(s => s.FullName, RussianCulture.Collation).ToList();
        return new NotificationSettingsView(rows);
    }
}

/// <summary>
/// Saves the user's notification settings for the students listed (others stay as they are). Every value is checked
/// before anything is saved: an hour outside 0–23, a threshold outside 2–5, an unknown kind or mode refuse the whole
/// request; a student the user may not see is not found. A subscription lives in its student's school.
/// </summary>
public sealed class SaveNotificationSettings(PartaDbContext db, CurrentUser user)
{
    public sealed record Item(Guid StudentId, IReadOnlyList<string>? Kinds, int? LowMarkThreshold, string? Mode, int? DigestHour);

    public sealed record Request(IReadOnlyList<Item>? Students);

    public async Task<Result<NotificationSettingsView>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (user.UserId is not { } userId)
        {
            return new StudentNotFound();
        }

        var items = request.Students ?? [];
        var errors = new List<Error>();
        var parsed = new List<(Item Item, List<NotificationKind> Kinds, NotificationMode Mode)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var field = $"Students[{i}]";
            var kinds = new List<NotificationKind>();
            foreach (var name in item.Kinds ?? [])
            {
                if (NotificationNames.Kind(name) is { } kind)
                {
                    kinds.Add(kind);
                }
                else
                {
                    errors.Add(new Invalid($"Неизвестный вид уведомлений «{name}». Возможны: {string.Join(", ", Enum.GetValues<NotificationKind>().Select(NotificationNames.Of))}.", $"{field}.Kinds"));
                }
            }

            if (item.LowMarkThreshold is { } threshold && threshold is < 2 or > 5)
            {
                errors.Add(new Invalid("Порог низкой отметки — от 2 до 5: уведомлять об отметках ниже порога.", $"{field}.LowMarkThreshold"));
            }

            if (item.DigestHour is { } hour && hour is < 0 or > 23)
            {
                errors.Add(new Invalid("Час сводки — от 0 до 23.", $"{field}.DigestHour"));
            }

            var mode = item.Mode is null ? NotificationMode.Instant : NotificationNames.Mode(item.Mode);
            if (mode is null)
            {
                errors.Add(new Invalid("Способ отправки — instant (сразу) или digest (сводка раз в день).", $"{field}.Mode"));
            }

            parsed.Add((item, kinds, mode ?? NotificationMode.Instant));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var ids = items.Select(i => i.StudentId).Distinct().ToList();
        var students = await NotificationNames.FamilyOf(db, userId).Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.SchoolId }).ToDictionaryAsync(s => s.Id, s => s.SchoolId, ct);
        if (ids.Any(id => !students.ContainsKey(id)))
        {
            return new StudentNotFound();
        }

        var subscriptions = await db.NotificationSubscriptions.IgnoreQueryFilters()
            .Where(s => s.UserId == userId && ids.Contains(s.StudentId)).ToDictionaryAsync(s => s.StudentId, ct);
        foreach (var (item, kinds, mode) in parsed)
        {
            if (!subscriptions.TryGetValue(item.StudentId, out var sub))
            {
                sub = new NotificationSubscription { SchoolId = students[item.StudentId], UserId = userId, StudentId = item.StudentId };
                db.NotificationSubscriptions.Add(sub);
                subscriptions[item.StudentId] = sub;
            }

            sub.Set(kinds);
            sub.LowMarkThreshold = item.LowMarkThreshold ?? sub.LowMarkThreshold;
            sub.Mode = mode;
            sub.DigestHour = item.DigestHour ?? sub.DigestHour;
        }

        // The user's own settings about their own children, kept in each child's school: the one place these writes may
        // cross from the current school (a parent with children in two schools saves both at once).
        var grants = students.Values.Distinct().Select(user.AllowWritesTo).ToList();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            grants.ForEach(g => g.Dispose());
        }

        return await new GetNotificationSettings(db, user).HandleAsync(ct);
    }
}

/// <summary>What an unsubscribe link turns off: shown before the button (a GET turns nothing off).</summary>
public sealed record UnsubscribeView(string Student, IReadOnlyList<string> Kinds, bool AlreadyOff);

/// <summary>
/// The unsubscribe link of a letter: without signing in, the token turns off every kind of that one subscription
/// (other children's, other users' subscriptions stay). An unknown token is not found.
/// </summary>
public sealed class UnsubscribeNotifications(PartaDbContext db, CurrentUser user)
{
    public sealed record UnknownLink() : NotFound("Ссылка для отписки не найдена: возможно, её уже заменили. Настройте уведомления в Parta.");

    public async Task<Result<UnsubscribeView>> ShowAsync(string? token, CancellationToken ct = default)
    {
        var found = await FindAsync(token, ct);
        return found is null ? new UnknownLink() : found.Value.View;
    }

    public async Task<Result<UnsubscribeView>> HandleAsync(string? token, CancellationToken ct = default)
    {
        var found = await FindAsync(token, ct);
        if (found is not { } f)
        {
            return new UnknownLink();
        }

        f.Subscription.Set([]);
        // Anonymous by design (the token is the right): the write goes into the subscription's own school.
        using (user.AllowWritesTo(f.Subscription.SchoolId))
        {
            await db.SaveChangesAsync(ct);
        }

        return f.View;
    }

    private async Task<(NotificationSubscription Subscription, UnsubscribeView View)?> FindAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > NotificationSubscription.TokenLength)
        {
            return null;
        }

        var sub = await db.NotificationSubscriptions.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.UnsubscribeToken == token, ct);
        if (sub is null)
        {
            return null;
        }

        var student = await db.Students.IgnoreQueryFilters().Where(s => s.Id == sub.StudentId)
            .Select(s => NotificationLetters.StudentName(s.LastName, s.FirstName)).FirstAsync(ct);
        return (sub, new UnsubscribeView(student, sub.Kinds.Select(NotificationNames.Title).ToList(), !sub.AnyKind));
    }
}
