using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Parta.Access;
using Parta.Auditing;
using Parta.Data;
using Parta.Demo;
using Parta.Web.Api;
using Parta.Web.Hosting.Modules;
using Parta.Web.Security;
using Scalar.AspNetCore;

namespace Parta.Web.Hosting;

/// <summary>Composition of the web application: services, then the request pipeline.</summary>
public static class PartaApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            // The default address; --urls, URLS or ASPNETCORE_URLS choose another.
            builder.WebHost.UseUrls("http://localhost:5080");
        }

        builder.AddParta();
        var app = builder.Build();
        app.UseParta();
        return app;
    }

    public static void AddParta(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PartaOptions>(builder.Configuration.GetSection(PartaOptions.Section));
        services.AddSingleton(sp => DatabaseSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(TimeProvider.System);

        services.AddScoped<CurrentUser>();
        services.AddSingleton<AuditInterceptor>();
        // Contexts come from a pool with options built once: building the options and the context's internal services
        // per request was about a third of a signed-in request's CPU time. Everything per request (who acts, the current
        // school) is given to the leased context by StartScope.
        services.AddPooledDbContextFactory<PartaDbContext>((sp, options) =>
        {
            var settings = sp.GetRequiredService<DatabaseSettings>();
            PartaDatabase.Configure(options, settings.Provider, settings.ConnectionString);
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<Parta.Notifications.NotificationPlanner>());
        });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PartaDbContext>>().CreateDbContext()
            .StartScope(sp.GetRequiredService<CurrentUser>()));
        services.AddScoped<PermissionResolver>();
        services.AddScoped<DemoPreset>();
        services.AddScoped<DatasetPreset>();
        services.AddScoped<GetAuditHistory>();
        services.AddScoped<AuditPresenter>();
        services.AddScoped<AppointCoordinator>();
        services.AddHostedService<DatabaseStartup>();

        // Pages and files go compressed (a class journal or the accounts of a school are hundreds of kilobytes of
        // HTML; school links are slow). Over HTTPS too: BREACH needs a secret repeated in every response, and the one
        // secret in a page body, the anti-forgery token, is encrypted afresh with a random IV for every response.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        services.AddDataProtection().SetApplicationName("Parta").PersistKeysToDbContext<PartaDbContext>();

        services.AddPartaAccounts();
        services.AddPartaAuthorization();
        services.AddOrganisationModule();
        services.AddPeopleModule();
        services.AddImportingModule();
        services.AddMovementModule();
        services.AddSchedulingModule();
        services.AddJournalModule();
        services.AddGradingModule();
        services.AddPlanningModule();
        services.AddReportsModule();
        services.AddDiaryModule();
        services.AddNotificationsModule();

        // What every page handler needs is declared by its module; the filter enforces it before the handler runs.
        var pages = new PagePermissions();
        AccountModule.DeclarePages(pages);
        OrganisationModule.DeclarePages(pages);
        PeopleModule.DeclarePages(pages);
        ImportingModule.DeclarePages(pages);
        MovementModule.DeclarePages(pages);
        SchedulingModule.DeclarePages(pages);
        JournalModule.DeclarePages(pages);
        GradingModule.DeclarePages(pages);
        PlanningModule.DeclarePages(pages);
        ReportsModule.DeclarePages(pages);
        DiaryModule.DeclarePages(pages);
        NotificationsModule.DeclarePages(pages);
        services.AddSingleton(pages);
        services.AddScoped<PermissionPageFilter>();
        services.AddRazorPages(options => pages.Apply(options.Conventions))
            .AddMvcOptions(options => options.Filters.AddService<PermissionPageFilter>());
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "parta.af";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.HeaderName = "X-CSRF-TOKEN";
        });

        // Russian text goes out as it is, not as &#x...; entities: pages several times smaller on a parent's phone.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // Every problem the API answers has a Russian title, also those the framework writes itself (a body that is not
        // JSON, a wrong content type, an unknown route): only the generic English reason phrases are replaced.
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var details = context.ProblemDetails;
            if (details.Status is { } status && (details.Title is null || details.Title == ReasonPhrases.GetReasonPhrase(status)))
            {
                details.Title = ApiResults.TitleFor(status);
            }

            details.Detail = null;
        });
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Parta API";
            document.Info.Description = "JSON API школьной информационной системы Parta. Аутентификация: POST /api/v1/auth/token, затем заголовок Authorization: Bearer ТОКЕН.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);

        services.AddHealthChecks()
            .AddDbContextCheck<PartaDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"]);
    }

    public static void UseParta(this WebApplication app)
    {
        var api = (PathString)"/api";
        app.UseWhen(c => c.Request.Path.StartsWithSegments(api), a =>
        {
            a.UseExceptionHandler();
            a.UseStatusCodePages();
        });
        app.UseWhen(c => !c.Request.Path.StartsWithSegments(api), a =>
        {
            if (!app.Environment.IsDevelopment())
            {
                a.UseExceptionHandler("/Error/500");
            }

            a.UseStatusCodePagesWithReExecute("/Error/{0}");
        });

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<ApiBodyLimit>();
        app.UseMiddleware<NullCharacterGuard>();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Files linked with asp-append-version (…?v=hash) never change under that address: cached for a year.
            // Anything else is revalidated by its ETag.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "no-cache",
        });
        app.UseRouting();

        // A request that matched a route by its address but not by its method or content type (text/plain to a JSON
        // endpoint) gets the router's 405 or 415 at once: which method or body a route takes is no secret, and sending
        // it to sign in first (the fallback policy) would answer 401 to what is really a malformed request.
        app.Use((context, next) => context.GetEndpoint() is { DisplayName: "415 HTTP Unsupported Media Type" or "405 HTTP Method Not Supported" } rejection
            ? rejection.RequestDelegate!(context)
            : next(context));
        app.UseAuthentication();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseAuthorization();

        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // The reference loads nothing from outside hosts (a school network may have no internet, and the CSP refuses
        // them): its script is served by the package itself, and the default web fonts are off.
        app.MapScalarApiReference("/api/reference", options => options
                .WithTitle("Parta API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .WithFavicon("/favicon.svg")
                .AddHeaderContent("""<nav class="parta-back"><a href="/">← Вернуться в Parta</a></nav>"""))
            .AllowAnonymous();

        app.MapRazorPages();
        app.MapAuthApi();
        app.MapMeApi();
        app.MapMovementModule();
        app.MapOrganisationModule();
        app.MapPeopleModule();
        app.MapImportingModule();
        app.MapSchedulingModule();
        app.MapJournalModule();
        app.MapGradingModule();
        app.MapNotificationsModule();
        app.MapPlanningModule();
        app.MapReportsModule();
        app.MapDiaryModule();
#if PARTA_BENCH
        app.MapBenchApi();
#endif
    }

    private static void AddPartaAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<User>(options =>
            {
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
                options.User.RequireUniqueEmail = false;
                options.Password.RequiredLength = CommonPasswordValidator.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 3;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<PartaDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<RussianIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<UnknownLoginLockout>();
        services.AddScoped<SignedInUser>();
        services.AddScoped<LoginHistory>();
        services.AddScoped<SessionIssuer>();
        services.AddScoped<AccountSignIn>();
        services.AddSingleton<DemoMode>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = AuthSchemes.Smart;
                options.DefaultChallengeScheme = AuthSchemes.Smart;
            })
            .AddPolicyScheme(AuthSchemes.Smart, "Bearer for the API, cookie for the pages", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Path.StartsWithSegments("/api")
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                options.Cookie.Name = "parta.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/Account/Login";
                options.LogoutPath = "/Account/Logout";
                options.AccessDeniedPath = "/Error/403";
                options.ExpireTimeSpan = ServerSessions.Lifetime;
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
                ServerSessions.Attach(options.Events);
            })
            .AddCookie(IdentityConstants.ExternalScheme)
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1));
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        if (status == StatusCodes.Status403Forbidden)
        {
            // The 403 page is shown in place, keeping the address the user asked for.
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void AddPartaAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorization(options =>
            options.FallbackPolicy = new AuthorizationPolicyBuilder(AuthSchemes.Smart).RequireAuthenticatedUser().Build());
    }
}

internal sealed class MigrationsHealthCheck(PartaDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(db.Database, cancellationToken);
        var list = pending.ToList();
        return list.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{list.Count} migration(s) not applied: run the 'migrate' command");
    }
}
