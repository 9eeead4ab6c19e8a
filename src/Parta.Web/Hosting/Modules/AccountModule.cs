using Parta.Access;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The shell every user passes through: the home page, signing in and out, the own account, choosing a school, error
/// pages; and the deployment's pages (schools of the deployment, the audit history).
/// </summary>
public static class AccountModule
{
    public static void DeclarePages(PagePermissions pages)
    {
        pages.Page("/Index", read: PageAccess.SignedIn);
        pages.Page("/Errors/Index", read: PageAccess.Anyone, write: PageAccess.Anyone);
        pages.Page("/Account/Login", read: PageAccess.Anyone, write: PageAccess.Anyone);
        pages.Page("/Account/Setup", read: PageAccess.Anyone, write: PageAccess.Anyone);
        pages.Page("/Account/Logout", read: PageAccess.SignedIn, write: PageAccess.SignedIn);
        pages.Page("/Account/Index", read: PageAccess.SignedIn).Post("Join", PageAccess.SignedIn);
        pages.Page("/Account/ChangePassword", read: PageAccess.SignedIn, write: PageAccess.SignedIn);
        pages.Page("/Account/SelectSchool", read: PageAccess.SignedIn, write: PageAccess.SignedIn);

        pages.Page("/Admin/Schools/Index", read: Permissions.SchoolsManage).Post("Enter", Permissions.SchoolsManage);
        pages.Page("/Admin/Schools/Edit", read: Permissions.SchoolsManage, write: Permissions.SchoolsManage);
        pages.Page("/Admin/Schools/Coordinator", read: Permissions.SchoolsManage, write: Permissions.SchoolsManage);
        pages.Page("/Admin/Schools/History", read: Permissions.SchoolsManage);
        pages.Page("/Auditing/Index", read: Permissions.AuditView);
    }
}
