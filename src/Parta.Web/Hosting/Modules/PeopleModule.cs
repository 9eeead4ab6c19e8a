using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Parta.Access;
using Parta.People;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The People and Access modules: students, guardians, staff, personal cards and their access log; accounts and rights.
/// Everything the module adds to the host is registered here: services, page security, endpoints, navigation.
/// </summary>
public static class PeopleModule
{
    /// <summary>The module's entries of the main navigation, each with the permission it needs.</summary>
    public static readonly IReadOnlyList<NavItem> Navigation =
    [
        new("Учащиеся", "/People/Students", Permissions.PeopleView),
        new("Сотрудники", "/People/Staff", Permissions.PeopleView),
        new("Учётные записи", "/Access/Accounts", Permissions.UsersManage),
        new("Права доступа", "/Access/Rights", Permissions.RightsManage),
    ];

    public static IServiceCollection AddPeopleModule(this IServiceCollection services)
    {
        services.AddScoped<FindStudents>();
        services.AddScoped<FindStaff>();
        services.AddScoped<FindGuardians>();
        services.AddScoped<GetStudentCard>();
        services.AddScoped<RecordPersonalDataView>();
        services.AddScoped<GetPersonalDataViews>();
        services.AddScoped<SaveStudent>();
        services.AddScoped<SaveStaffMember>();
        services.AddScoped<SaveGuardian>().AddScoped<SetGuardianRestriction>();
        services.AddScoped<GetAccounts>();
        services.AddScoped<CreateAccounts>();
        services.AddScoped<ResetPasswords>();
        services.AddScoped<SetSchoolAccess>();
        services.AddScoped<GetRightsMatrix>();
        services.AddScoped<SetRolePermissions>();
        services.AddScoped<SetStaffRoles>();
        services.AddScoped<IssueJoinCode>();
        services.AddScoped<JoinSchool>();

        // The cards' forms say in Russian what could not be read (a date or a number typed wrongly), next to the field.
        services.Configure<MvcOptions>(options =>
        {
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"«{value}» не подходит для поля «{field}».");
            messages.SetUnknownValueIsInvalidAccessor(field => $"Недопустимое значение поля «{field}».");
            messages.SetValueIsInvalidAccessor(value => $"Недопустимое значение «{value}».");
            messages.SetValueMustBeANumberAccessor(field => $"В поле «{field}» должно быть число.");
            messages.SetValueMustNotBeNullAccessor(value => "Заполните поле.");
            messages.SetMissingBindRequiredValueAccessor(field => $"Заполните поле «{field}».");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Недопустимое значение «{value}».");
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Недопустимое значение.");
            messages.SetNonPropertyValueMustBeANumberAccessor(() => "Должно быть число.");
        });
        return services;
    }

    /// <summary>
    /// Lists need people.view, cards' forms people.edit; the student card itself also applies its resource rule
    /// (students.card.view, or the class teacher of the student's class: <see cref="ResourceRules.CardVisibleTo"/>).
    /// </summary>
    public static void DeclarePages(PagePermissions pages)
    {
        pages.Page("/People/Students/Index", read: Permissions.PeopleView);
        pages.Page("/People/Students/Card", read: Permissions.PeopleView).Post("Restrict", Permissions.PeopleEdit);
        pages.Page("/People/Students/Edit", read: Permissions.PeopleEdit, write: Permissions.PeopleEdit);
        pages.Page("/People/Staff/Index", read: Permissions.PeopleView);
        pages.Page("/People/Staff/Edit", read: Permissions.PeopleEdit, write: Permissions.PeopleEdit);
        pages.Page("/People/Guardians/Index", read: Permissions.PeopleView);
        pages.Page("/People/Guardians/Edit", read: Permissions.PeopleEdit, write: Permissions.PeopleEdit);
        pages.Page("/People/AccessLog", read: Permissions.AuditView);

        pages.Page("/Access/Rights", read: Permissions.RightsManage, write: Permissions.RightsManage);
        pages.Page("/Access/Roles", read: Permissions.RightsManage, write: Permissions.RightsManage);
        pages.Page("/Access/Accounts", read: Permissions.UsersManage, write: Permissions.UsersManage);
    }

    public static void MapPeopleModule(this IEndpointRouteBuilder app)
    {
    }
}
