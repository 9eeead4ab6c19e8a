using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Auditing;
using Parta.Movement;
using Parta.Organisation;
using Parta.People;
using Parta.Scheduling;

namespace Parta.Data;

/// <summary>
/// The one database context. Every <see cref="ISchoolOwned"/> entity is filtered to the current school
/// (<see cref="CurrentUser.SchoolId"/>); with no current school, none of them is visible. Code that must
/// cross schools (the system administrator's pages, a parent's children in several schools, commands)
/// says so with <c>IgnoreQueryFilters()</c>.
/// </summary>
/// <remarks>
/// The web host pools contexts (<see cref="StartScope"/> gives a leased one its scope's <see cref="CurrentUser"/> and
/// clears what the previous scope left), so every per-scope field is set there.
/// </remarks>
public sealed partial class PartaDbContext : IdentityDbContext<User, IdentityRole<Guid>, Guid>, IDataProtectionKeyContext
{
    private CurrentUser currentUser = new();

    /// <summary>
    /// The one constructor (a pooled context may have no other): nobody acts until <see cref="StartScope"/> says who.
    /// </summary>
    public PartaDbContext(DbContextOptions<PartaDbContext> options)
        : base(options)
    {
    }

    /// <summary>
    /// Gives a context leased from the pool to a new scope: who acts in it, and nothing of the previous scope (the
    /// cached school settings, an audit reason, the generators' switch; EF itself resets the change tracker).
    /// </summary>
    public PartaDbContext StartScope(CurrentUser scopeUser)
    {
        currentUser = scopeUser;
        _school = null;
        AuditReason = null;
        GeneratedDataWithoutAudit = false;
        return this;
    }

    /// <summary>Who acts in this context's scope: the tenancy filter, the write guard and the audit read it.</summary>
    public CurrentUser CurrentUser => currentUser;

    /// <summary>Read by the tenancy filter at query time (EF parameterises it per query).</summary>
    public Guid? CurrentSchoolId => currentUser.SchoolId;

    private CurrentSchoolSettings? _school;

    /// <summary>
    /// The current school's settings that every use case of a request may need (its time zone for «today», the days an
    /// order may follow its event), read once per context: a use case run a thousand times by an import asks once.
    /// </summary>
    public async Task<CurrentSchoolSettings?> CurrentSchoolAsync(CancellationToken ct = default)
    {
        if (_school is { } cached && cached.Id == CurrentSchoolId)
        {
            return cached;
        }

        return _school = await Schools.AsNoTracking().Where(s => s.Id == CurrentSchoolId)
            .Select(s => new CurrentSchoolSettings(s.Id, s.TimeZone, s.MaxOrderDelayDays, s.LateEntryDays))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The reason recorded with the audit entries of the next SaveChanges, where a use case asks for one.</summary>
    public string? AuditReason { get; set; }

    /// <summary>
    /// Set only by the demo and seed generators (<see cref="Demo.DemoJournals"/>) around their bulk insert of made-up
    /// journal data: while it is set, the audit interceptor writes no history rows. The history is of what people
    /// changed; a generated school's hundred thousand marks would only bury it (and take minutes to write).
    /// Product code never sets it.
    /// </summary>
    public bool GeneratedDataWithoutAudit { get; set; }

    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<SchoolClass> SchoolClasses => Set<SchoolClass>();
    public DbSet<SchoolMembership> SchoolMemberships => Set<SchoolMembership>();
    public DbSet<RolePermissionOverride> RolePermissionOverrides => Set<RolePermissionOverride>();
    public DbSet<LoginEvent> LoginEvents => Set<LoginEvent>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<JoinCode> JoinCodes => Set<JoinCode>();
    public DbSet<SystemSetting> SystemSettings => Set<SystemSetting>();
    public DbSet<AcademicYear> AcademicYears => Set<AcademicYear>();
    public DbSet<PeriodScheme> PeriodSchemes => Set<PeriodScheme>();
    public DbSet<Period> Periods => Set<Period>();
    public DbSet<GradeSettings> GradeSettings => Set<GradeSettings>();
    public DbSet<CalendarEntry> CalendarEntries => Set<CalendarEntry>();
    public DbSet<StudyGroup> StudyGroups => Set<StudyGroup>();
    public DbSet<StudyGroupMember> StudyGroupMembers => Set<StudyGroupMember>();
    public DbSet<Subject> Subjects => Set<Subject>();
    public DbSet<CurriculumLine> CurriculumLines => Set<CurriculumLine>();
    public DbSet<TeachingAssignment> TeachingAssignments => Set<TeachingAssignment>();
    public DbSet<Student> Students => Set<Student>();
    public DbSet<Guardian> Guardians => Set<Guardian>();
    public DbSet<Guardianship> Guardianships => Set<Guardianship>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<PersonalDataView> PersonalDataViews => Set<PersonalDataView>();
    public DbSet<MovementOrder> MovementOrders => Set<MovementOrder>();
    public DbSet<MovementEvent> MovementEvents => Set<MovementEvent>();
    public DbSet<ClassEnrolment> ClassEnrolments => Set<ClassEnrolment>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<Bell> Bells => Set<Bell>();
    public DbSet<ShortenedDay> ShortenedDays => Set<ShortenedDay>();
    public DbSet<Timetable> Timetables => Set<Timetable>();
    public DbSet<TimetableEntry> TimetableEntries => Set<TimetableEntry>();
    public DbSet<LessonChange> LessonChanges => Set<LessonChange>();
    public DbSet<Lesson> Lessons => Set<Lesson>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<Journal.WorkType> WorkTypes => Set<Journal.WorkType>();
    public DbSet<Journal.AttendanceCode> AttendanceCodes => Set<Journal.AttendanceCode>();
    public DbSet<Journal.Assessment> Assessments => Set<Journal.Assessment>();
    public DbSet<Journal.Mark> Marks => Set<Journal.Mark>();
    public DbSet<Journal.Attendance> Attendance => Set<Journal.Attendance>();
    public DbSet<Journal.HomeworkFile> HomeworkFiles => Set<Journal.HomeworkFile>();
    public DbSet<Planning.LessonPlan> LessonPlans => Set<Planning.LessonPlan>();
    public DbSet<Planning.PlanTopic> PlanTopics => Set<Planning.PlanTopic>();
    public DbSet<Grading.GradingRules> GradingRules => Set<Grading.GradingRules>();
    public DbSet<Grading.FinalMark> FinalMarks => Set<Grading.FinalMark>();
    public DbSet<Grading.PeriodClosure> PeriodClosures => Set<Grading.PeriodClosure>();
    public DbSet<Notifications.NotificationSubscription> NotificationSubscriptions => Set<Notifications.NotificationSubscription>();
    public DbSet<Notifications.NotificationDigestItem> NotificationDigestItems => Set<Notifications.NotificationDigestItem>();
    public DbSet<Notifications.OutboxMessage> OutboxMessages => Set<Notifications.OutboxMessage>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PartaDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (typeof(ISchoolOwned).IsAssignableFrom(entityType.ClrType))
            {
                builder.Entity(entityType.ClrType).HasQueryFilter(SchoolFilter(entityType.ClrType));
            }

            if (typeof(Entity).IsAssignableFrom(entityType.ClrType))
            {
                builder.Entity(entityType.ClrType).Property(nameof(Entity.Id)).ValueGeneratedNever();
            }

            if (typeof(IVersioned).IsAssignableFrom(entityType.ClrType))
            {
                var version = builder.Entity(entityType.ClrType).Property(nameof(IVersioned.Version));
                if (Database.IsNpgsql())
                {
                    // A uint row version is PostgreSQL's xmin system column: no column of our own, changed by every update.
                    version.IsRowVersion();
                }
                else
                {
                    // SQLite has no such column: SaveChanges increments this one (see PrepareToSave).
                    version.IsConcurrencyToken();
                }
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe to reorder in code.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    private LambdaExpression SchoolFilter(Type type)
    {
        // e => e.SchoolId == this.CurrentSchoolId
        var e = Expression.Parameter(type, "e");
        var schoolId = Expression.Convert(Expression.Property(e, nameof(ISchoolOwned.SchoolId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentSchoolId));
        return Expression.Lambda(Expression.Equal(schoolId, current), e);
    }
}
