using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.Data;
using Parta.People;
using Parta.Web.Pages.People;
using Parta.Web.Security;

namespace Parta.Web.Pages.Access;

/// <summary>
/// Учётные записи: logins in bulk for a class or the whole school, password resets and blocking. New passwords exist
/// only in the access letters (PDF) returned at the moment they are made.
/// </summary>
public sealed class AccountsModel(
    PartaDbContext db, GetAccountsHandler getAccounts, FindStudentsHandler students, CreateAccountsHandler create,
    ResetPasswordsHandler reset, SetAccountBlockedHandler block, IssueJoinCodeHandler joinCodes, SignedInUser me, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    [BindProperty]
    public bool ForStudents { get; set; } = true;

    [BindProperty]
    public bool ForGuardians { get; set; } = true;

    [BindProperty]
    public bool ForStaff { get; set; }

    [BindProperty]
    public SchoolRole StaffRole { get; set; } = SchoolRole.Teacher;

    [BindProperty]
    public List<Guid> UserIds { get; set; } = [];

    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    /// <summary>A join code just made: shown once on this response and never again (only its hash is kept).</summary>
    public IssuedJoinCode? Issued { get; private set; }
    public IReadOnlyList<ClassOption> Classes { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var outcome = await create.HandleAsync(new CreateAccounts(ClassId, ForStudents, ForGuardians, ForStaff, StaffRole), ct);
        return await LettersOrPageAsync(outcome, "uchetnye-zapisi", ct);
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        var outcome = await reset.HandleAsync(new ResetPasswords(UserIds), ct);
        return await LettersOrPageAsync(outcome, "novye-paroli", ct);
    }

    public async Task<IActionResult> OnPostResetParentsAsync(CancellationToken ct)
    {
        if (ClassId is null)
        {
            ModelState.AddModelError("", "Выберите класс.");
            await LoadAsync(ct);
            return Page();
        }

        var outcome = await reset.HandleAsync(new ResetPasswords([], ClassId), ct);
        return await LettersOrPageAsync(outcome, "novye-paroli-roditeley", ct);
    }

    /// <summary>A join code for a parent or staff member who already has a Parta login (in another school).</summary>
    public async Task<IActionResult> OnPostJoinCodeAsync(PersonKind kind, Guid personId, CancellationToken ct)
    {
        var outcome = await joinCodes.HandleAsync(new IssueJoinCode(kind, personId), ct);
        if (outcome.Error is NotFound)
        {
            return NotFound();
        }

        if (outcome.Error is { } error)
        {
            ModelState.Add(error);
        }

        Issued = outcome.Value;
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostBlockAsync(Guid userId, CancellationToken ct) => SetBlockedAsync(userId, true, ct);

    public Task<IActionResult> OnPostUnblockAsync(Guid userId, CancellationToken ct) => SetBlockedAsync(userId, false, ct);

    private async Task<IActionResult> SetBlockedAsync(Guid userId, bool blocked, CancellationToken ct)
    {
        var outcome = await block.HandleAsync(new SetAccountBlocked(userId, blocked), ct);
        if (outcome.Error is { } error)
        {
            if (error is NotFound)
            {
                return NotFound();
            }

            ModelState.Add(error);
            await LoadAsync(ct);
            return Page();
        }

        if (blocked)
        {
            await ServerSessions.EndAllAsync(db, userId);
        }

        TempData["Message"] = blocked ? "Учётная запись заблокирована, её сеансы завершены." : "Учётная запись разблокирована.";
        return Redirect(ClassId is { } c ? $"/Access/Accounts?classId={c}" : "/Access/Accounts");
    }

    private async Task<IActionResult> LettersOrPageAsync(Outcome<IReadOnlyList<AccessLetter>> outcome, string fileName, CancellationToken ct)
    {
        if (outcome.Error is { } error)
        {
            ModelState.Add(error);
            await LoadAsync(ct);
            return Page();
        }

        var letters = outcome.Value!;
        foreach (var letter in letters)
        {
            // A new password ends whatever sessions the account had.
            await ServerSessions.EndAllAsync(db, letter.UserId);
        }

        var pdf = AccessLetters.Render(
            me.CurrentSchool?.Name ?? "", $"{Request.Scheme}://{Request.Host}/Account/Login", time.GetUtcNow().UtcDateTime, letters);
        return File(pdf, "application/pdf", $"{fileName}-{time.GetUtcNow():yyyyMMdd-HHmm}.pdf");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Accounts = await getAccounts.HandleAsync(new GetAccounts(ClassId), ct);
        Classes = await students.ClassesAsync(ct);
    }
}
