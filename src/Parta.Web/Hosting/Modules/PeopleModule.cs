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
        services.AddScoped<FindStudentsHandler>();
        services.AddScoped<FindStaffHandler>();
        services.AddScoped<FindGuardiansHandler>();
        services.AddScoped<GetStudentCardHandler>();
        services.AddScoped<RecordPersonalDataViewHandler>();
        services.AddScoped<GetPersonalDataViewsHandler>();
        services.AddScoped<SaveStudentHandler>();
        services.AddScoped<SaveStaffMemberHandler>();
        services.AddScoped<SaveGuardianHandler>();
        services.AddScoped<GetAccountsHandler>();
        services.AddScoped<CreateAccountsHandler>();
        services.AddScoped<ResetPasswordsHandler>();
        services.AddScoped<SetAccountBlockedHandler>();
        services.AddScoped<SetRolePermissionsHandler>();
        services.AddScoped<SetStaffRolesHandler>();
        services.AddScoped<IssueJoinCodeHandler>();
        services.AddScoped<JoinSchoolHandler>();

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

    public static void ConfigurePages(PageConventionCollection conventions)
    {
        // Lists need people.view; the student card checks students.card.view or the class-teacher rule in its handler.
        conventions.AuthorizeFolder("/People", Policies.Permission(Permissions.PeopleView));
        conventions.AuthorizePage("/People/Students/Edit", Policies.Permission(Permissions.PeopleEdit));
        conventions.AuthorizePage("/People/Staff/Edit", Policies.Permission(Permissions.PeopleEdit));
        conventions.AuthorizePage("/People/Guardians/Edit", Policies.Permission(Permissions.PeopleEdit));
        conventions.AuthorizePage("/People/AccessLog", Policies.Permission(Permissions.AuditView));

        conventions.AuthorizePage("/Access/Rights", Policies.Permission(Permissions.RightsManage));
        conventions.AuthorizePage("/Access/Roles", Policies.Permission(Permissions.RightsManage));
        conventions.AuthorizePage("/Access/Accounts", Policies.Permission(Permissions.UsersManage));
    }

    public static void MapPeopleModule(this IEndpointRouteBuilder app)
    {
    }
}
