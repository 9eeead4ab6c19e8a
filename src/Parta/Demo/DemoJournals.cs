using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Journal;
using Parta.Organisation;
using Parta.Planning;
using Parta.Scheduling;

namespace Parta.Demo;

/// <summary>
/// The demo school's lesson plans and its journals from 1 September to the day before today, so that the first look at
/// the demo shows a living school: a КТП for every teaching assignment (and two templates), the plan's topic and
/// homework on every past lesson, marks of several work types skewed to 4 and 5 by each student's own level, about 7 %
/// of student-lessons missed (sickness in runs of days, a day off by the parents' request, a skipped lesson), a few
/// comments. Grade 1 has no marks and no homework (СанПиН 1.2.3685-21: first graders learn without either).
/// Deterministic: one seeded <see cref="Random"/> walked in a fixed order (dates, lesson numbers, the demo's lists),
/// never in the order of generated ids. Written without audit rows (<see cref="PartaDbContext.GeneratedDataWithoutAudit"/>):
/// the history is of what people changed.
/// </summary>
/// <param name="generated">
/// The dataset presets: the year's lessons not yet written (topics and homework are set on them) and where every new row
/// goes, all written at the end in bulk; none (the demo): rows saved through the context in batches.
/// </param>
internal sealed class DemoJournals(PartaDbContext db, Guid schoolId, DemoSchool demo, GeneratedRows? generated = null)
{
    private const int BatchSize = 20_000;
    private const int WeeksInYear = 34;

    /// <summary>Subjects whose sections end with a control work (a dictation in Russian).</summary>
    private static readonly HashSet<string> Controlled = new(StringComparer.Ordinal)
    {
        "Русский язык", "Математика", "Алгебра", "Геометрия", "Вероятность и статистика", "Физика", "Химия",
        "Иностранный язык (английский)", "Информатика",
    };

    private static readonly string[] ExcusedComments =
    [
        "По заявлению родителей", "Участие в олимпиаде", "Соревнования по лёгкой атлетике", "Семейные обстоятельства",
        "Медицинское обследование",
    ];

    private static readonly string[] LessonComments =
    [
        "Не выполнил домашнее задание", "Забыл учебник", "Активно работал на уроке", "Отвлекался на уроке",
        "Не было тетради", "Помогал одноклассникам", "Подготовил интересное сообщение",
    ];

    /// <summary>The fewest marks a student gets in a subject in a period that is over (a period mark needs three).</summary>
    private const int MinimumPerPeriod = 3;

    private readonly Random _random = new(20260901);
    private readonly Dictionary<Guid, LessonCells> _cells = [];
    private readonly Dictionary<(Guid Student, Guid Assignment, int Period), int> _marks = [];
    private readonly Dictionary<int, IReadOnlyList<Period>> _periods = [];
    private Guid _answerType;
    private readonly List<object> _pending = [];
    private readonly Dictionary<Guid, PlanTopic> _topics = [];

    private sealed record LessonRow(Guid Id, DateOnly Date, int Number, TimeOnly? Start, Guid AssignmentId);

    private sealed record Learner(Guid Id, int Rank, double Level, double Sickliness, double Truancy);

    private enum Day
    {
        Ill,
        Excused,
    }

    /// <summary>Saves the plans and the journals of the days before <paramref name="today"/>; <paramref name="now"/> caps every cell's time.</summary>
    public async Task SeedAsync(DateOnly today, DateTime now, CancellationToken ct = default)
    {
        db.ChangeTracker.Clear();
        // The year's lessons: the presets' still in memory, the demo's saved.
        var lessonsQuery = (generated?.Lessons.AsQueryable() ?? db.Lessons.AsNoTracking())
            .Where(l => l.AcademicYearId == demo.Year.Id && l.Change != LessonChangeKind.Cancelled)
            .Select(l => new LessonRow(l.Id, l.Date, l.Number, l.Start, l.TeachingAssignmentId));
        var lessons = generated is not null ? lessonsQuery.ToList() : await lessonsQuery.ToListAsync(ct);
        var enrolments = await db.ClassEnrolments.AsNoTracking()
            .Select(e => new { e.StudentId, e.SchoolClassId, e.From, e.Until }).ToListAsync(ct);
        var members = await db.StudyGroupMembers.AsNoTracking()
            .Select(m => new { m.StudyGroupId, m.StudentId, m.Until }).ToListAsync(ct);
        var workTypes = await db.WorkTypes.AsNoTracking().ToDictionaryAsync(w => w.Code, w => w.Id, ct);
        _answerType = workTypes["answer"];
        var lateEntryDays = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.LateEntryDays).SingleAsync(ct);
        var zone = School.FindTimeZone(School.DefaultTimeZone);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.GeneratedDataWithoutAudit = true;
        try
        {
            var byAssignment = lessons.GroupBy(l => l.AssignmentId).ToDictionary(
                g => g.Key, g => g.OrderBy(l => l.Date).ThenBy(l => l.Number).ToList());
            var subjectNames = demo.Subjects.Values.ToDictionary(s => s.Id, s => s.Name);
            var scales = demo.Subjects.Values.ToDictionary(s => s.Id, s => s.Scale);
            var classGrades = demo.Classes.ToDictionary(c => c.Class.Id, c => c.Class.Grade);
            var groupClasses = demo.Groups.ToDictionary(g => g.Id, g => g.SchoolClassId!.Value);

            // The plans: one per assignment, its hours those of the assignment's lessons of the year; then two templates.
            var planned = new Dictionary<Guid, PlannedLesson>();
            foreach (var assignment in demo.Assignments)
            {
                var grade = classGrades[assignment.SchoolClassId ?? groupClasses[assignment.StudyGroupId!.Value]];
                var own = byAssignment.GetValueOrDefault(assignment.Id) ?? [];
                var plan = new LessonPlan
                {
                    SchoolId = schoolId, AcademicYearId = demo.Year.Id, SubjectId = assignment.SubjectId, TeachingAssignmentId = assignment.Id,
                };
                var topics = Topics(plan, subjectNames[assignment.SubjectId], grade, Math.Max(own.Count, 1));
                foreach (var lesson in PlanLaying.Lay(
                             [.. topics.Select(t => new PlanLaying.LaidTopic(t.Id, t.Number, t.Section, t.Title, t.Hours, t.Homework))],
                             [.. own.Select(l => new PlanLaying.LaidLesson(l.Id, l.Date))]))
                {
                    planned[lesson.LessonId] = lesson;
                }
            }

            foreach (var (subject, grade) in new[] { ("Математика", 5), ("Русский язык", 5) })
            {
                var template = new LessonPlan
                {
                    SchoolId = schoolId, AcademicYearId = demo.Year.Id, SubjectId = demo.Subjects[subject].Id, Grade = grade,
                    Name = $"{subject}, {grade} класс (шаблон методического объединения)",
                };
                var hours = demo.Assignments.First(a => a.SubjectId == template.SubjectId
                    && a.SchoolClassId is { } c && classGrades[c] == grade).HoursPerWeek;
                Topics(template, subject, grade, (int)hours * WeeksInYear);
            }

            await FlushAsync(ct);

            // The students: a stable level of each (some excellent, some weak), how often they are ill and skip lessons.
            var learners = new Dictionary<Guid, Learner>();
            foreach (var student in demo.Classes.SelectMany(c => c.Students))
            {
                learners[student.Id] = new Learner(student.Id, learners.Count,
                    Math.Clamp(Normal(4.0, 0.5), 2.7, 4.9), Math.Exp(Normal(0, 0.6)), Math.Exp(Normal(0, 0.7)));
            }

            var past = lessons.Where(l => l.Date >= demo.Year.Start && l.Date < today).ToList();
            var days = Days(past.Select(l => l.Date).Distinct().Order().ToList(), learners.Values);

            var assignmentIndex = demo.Assignments.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var assignments = demo.Assignments.ToDictionary(a => a.Id);
            var classLists = enrolments.GroupBy(e => e.SchoolClassId).ToDictionary(g => g.Key, g => g.ToList());
            var groupLists = members.GroupBy(m => m.StudyGroupId).ToDictionary(g => g.Key, g => g.ToList());

            foreach (var lesson in past.OrderBy(l => l.Date).ThenBy(l => l.Number).ThenBy(l => assignmentIndex[l.AssignmentId]))
            {
                var assignment = assignments[lesson.AssignmentId];
                var classId = assignment.SchoolClassId ?? groupClasses[assignment.StudyGroupId!.Value];
                var grade = classGrades[classId];
                var date = lesson.Date;
                var inClass = classLists.GetValueOrDefault(classId)?
                    .Where(e => e.From <= date && (e.Until is null || date < e.Until)).Select(e => e.StudentId).ToHashSet() ?? [];
                if (assignment.StudyGroupId is { } groupId)
                {
                    inClass.IntersectWith(groupLists.GetValueOrDefault(groupId)?
                        .Where(m => m.Until is null || date < m.Until).Select(m => m.StudentId) ?? []);
                }

                var students = inClass.Where(learners.ContainsKey).Select(s => learners[s]).OrderBy(s => s.Rank).ToList();
                var start = TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(lesson.Start ?? new TimeOnly(8, 30)), zone);

                var plan = planned.GetValueOrDefault(lesson.Id);
                var topic = plan is null ? null : _topics[plan.PlanTopicId];
                if (plan is not null && generated is not null)
                {
                    var own = generated.Lesson(lesson.Id);
                    own.Topic = plan.Title;
                    if (plan.Homework is not null && _random.NextDouble() < 0.97)
                    {
                        own.Homework = plan.Homework;
                    }
                }
                else if (plan is not null)
                {
                    var stub = new Lesson { Id = lesson.Id, SchoolId = schoolId };
                    db.Lessons.Attach(stub);
                    var entry = db.Entry(stub);
                    entry.Property(l => l.Topic).CurrentValue = plan.Title;
                    entry.Property(l => l.Topic).IsModified = true;
                    if (plan.Homework is not null && _random.NextDouble() < 0.97)
                    {
                        entry.Property(l => l.Homework).CurrentValue = plan.Homework;
                        entry.Property(l => l.Homework).IsModified = true;
                    }
                }

                var present = Attendance(lesson, students, grade, days, start, now);
                if (grade >= 2)
                {
                    Assessments(lesson, subjectNames[assignment.SubjectId], scales[assignment.SubjectId], grade, topic, present,
                        workTypes, start, now, lateEntryDays);
                }

                if (_pending.Count >= BatchSize)
                {
                    await FlushAsync(ct);
                }
            }

            TopUp(past, assignments, classGrades, groupClasses, scales, today, now, lateEntryDays);
            await FlushAsync(ct);
        }
        finally
        {
            db.GeneratedDataWithoutAudit = false;
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>The plan's topics from the subject's catalogue, their hours summing to <paramref name="lessons"/>.</summary>
    private List<PlanTopic> Topics(LessonPlan plan, string subject, int grade, int lessons)
    {
        Add(plan);
        var controlled = Controlled.Contains(subject) && grade >= 2;
        var sections = DemoTopics.For(subject, grade)
            ?? [new DemoTopics.Section(subject, [.. Enumerable.Range(1, 8).Select(n => $"{subject}: занятие {n}")])];
        var items = new List<(string Section, string Title, LessonType Type)>();
        var controlNumber = 0;
        foreach (var section in sections)
        {
            foreach (var title in section.Topics)
            {
                items.Add((section.Title, title, TypeOf(title)));
            }

            if (controlled && section.Topics.Count >= 3 && !section.Topics.Any(t => TypeOf(t) == LessonType.Control))
            {
                controlNumber++;
                items.Add((section.Title, subject == "Русский язык" && grade <= 9
                    ? $"Контрольный диктант № {controlNumber} по теме «{section.Title}»"
                    : $"Контрольная работа № {controlNumber} по теме «{section.Title}»", LessonType.Control));
            }
        }

        items.Add(("Повторение", "Повторение и обобщение изученного за год", LessonType.Review));
        if (controlled)
        {
            items.Add(("Повторение", "Итоговая контрольная работа", LessonType.Control));
        }

        // Fewer lessons than topics: the topics of the middle are joined by dropping some (never a control work).
        while (items.Count > lessons && items.Count > 1)
        {
            var drop = items.FindLastIndex(items.Count - 2, i => i.Type != LessonType.Control && i.Type != LessonType.Review);
            if (drop < 0)
            {
                break;
            }

            items.RemoveAt(drop);
        }

        var hours = items.Select(_ => 1).ToArray();
        var extra = lessons - items.Count;
        var learning = Enumerable.Range(0, items.Count)
            .Where(i => items[i].Type is LessonType.NewMaterial or LessonType.Combined or LessonType.Review).ToList();
        for (var k = 0; extra > 0 && learning.Count > 0; k++, extra--)
        {
            var i = learning[k % learning.Count];
            if (hours[i] < PlanRules.MaxHours)
            {
                hours[i]++;
            }
        }

        var homework = new Homework(subject, grade, _random);
        var topics = new List<PlanTopic>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var (section, title, type) = items[i];
            var topic = new PlanTopic
            {
                SchoolId = schoolId, LessonPlanId = plan.Id, Number = i + 1, Section = section,
                Title = title.Length > PlanRules.TitleLength ? title[..PlanRules.TitleLength] : title, Hours = hours[i],
                LessonType = type == LessonType.Combined && i % 3 == 0 ? LessonType.NewMaterial : type,
                Homework = grade == 1 || type == LessonType.Control ? null : homework.Next(type),
            };
            topics.Add(topic);
            _topics[topic.Id] = topic;
        }

        foreach (var topic in topics)
        {
            Add(topic);
        }

        return topics;
    }

    private static LessonType TypeOf(string title) =>
        title.StartsWith("Контрольн", StringComparison.Ordinal) || title.StartsWith("Итоговое сочинение", StringComparison.Ordinal)
            ? LessonType.Control
            : title.StartsWith("Лабораторная работа", StringComparison.Ordinal)
                ? LessonType.Laboratory
                : title.StartsWith("Практическая работа", StringComparison.Ordinal) || title.StartsWith("Сочинение", StringComparison.Ordinal)
                  || title.StartsWith("Изложение", StringComparison.Ordinal) || title.StartsWith("Словарный диктант", StringComparison.Ordinal)
                    ? LessonType.Practice
                    : title.StartsWith("Повторение", StringComparison.Ordinal) || title.StartsWith("Подготовка к", StringComparison.Ordinal)
                        ? LessonType.Review
                        : LessonType.Combined;

    /// <summary>
    /// Who is away on which school day: sickness in runs of 3–8 school days (more in the cold months), a day or two off
    /// by the parents' request. Walked per student in rank order, day by day.
    /// </summary>
    private Dictionary<(Guid, DateOnly), Day> Days(List<DateOnly> dates, IEnumerable<Learner> learners)
    {
        var days = new Dictionary<(Guid, DateOnly), Day>();
        foreach (var learner in learners.OrderBy(l => l.Rank))
        {
            var (state, left) = (Day.Ill, 0);
            foreach (var date in dates)
            {
                if (left == 0)
                {
                    var season = date.Month switch { 9 => 0.6, 10 => 1.0, >= 11 or <= 2 => 1.3, _ => 0.9 };
                    var r = _random.NextDouble();
                    if (r < 0.0062 * season * learner.Sickliness)
                    {
                        (state, left) = (Day.Ill, 3 + _random.Next(6));
                    }
                    else if (r < 0.0062 * season * learner.Sickliness + 0.008)
                    {
                        (state, left) = (Day.Excused, 1 + _random.Next(2));
                    }
                }

                if (left > 0)
                {
                    days[(learner.Id, date)] = state;
                    left--;
                }
            }
        }

        return days;
    }

    /// <summary>The lesson's attendance cells; returns the students present (a late one is present).</summary>
    private List<Learner> Attendance(LessonRow lesson, List<Learner> students, int grade, Dictionary<(Guid, DateOnly), Day> days,
        DateTime start, DateTime now)
    {
        var present = new List<Learner>(students.Count);
        var skip = grade switch { <= 4 => 0.004, <= 7 => 0.012, _ => 0.022 };
        foreach (var student in students)
        {
            string? code = null;
            string? comment = null;
            if (days.TryGetValue((student.Id, lesson.Date), out var day))
            {
                code = day == Day.Ill ? "Б" : "УП";
                if (day == Day.Excused && _random.NextDouble() < 0.5)
                {
                    comment = ExcusedComments[_random.Next(ExcusedComments.Length)];
                }
                else if (day == Day.Ill && _random.NextDouble() < 0.05)
                {
                    comment = "Справка от врача";
                }
            }
            else if (_random.NextDouble() < skip * student.Truancy)
            {
                code = "Н";
            }
            else
            {
                present.Add(student);
                var r = _random.NextDouble();
                if (r < 0.004)
                {
                    code = "ОП";
                }
                else if (r < 0.007)
                {
                    comment = LessonComments[_random.Next(LessonComments.Length)];
                }
            }

            if (code is not null || comment is not null)
            {
                _pending.Add(new Attendance
                {
                    Id = CellId.For(lesson.Id, student.Id), SchoolId = schoolId, LessonId = lesson.Id, StudentId = student.Id,
                    Code = code, Comment = comment, ChangedAt = Min(start.AddMinutes(5 + _random.Next(40)), now),
                });
            }
        }

        return present;
    }

    /// <summary>
    /// The lesson's columns of marks: the plan's control work, lab or written work marked for the whole class, else now
    /// and then a short test (a vocabulary dictation in Russian); answers at the board on most lessons for a quarter of
    /// the class; checked homework sometimes.
    /// </summary>
    private void Assessments(LessonRow lesson, string subject, MarkScale scale, int grade, PlanTopic? topic, List<Learner> present,
        Dictionary<string, Guid> workTypes, DateTime start, DateTime now, int lateEntryDays)
    {
        var cells = new LessonCells(present, start);
        _cells[lesson.Id] = cells;
        var columns = new List<(string Code, string? Title, bool WholeClass)>();
        var title = topic?.Title is { } t && t.Length > JournalRules.TitleLength ? t[..JournalRules.TitleLength] : topic?.Title;
        switch (topic?.LessonType)
        {
            case LessonType.Control:
                columns.Add((title!.Contains("диктант", StringComparison.OrdinalIgnoreCase) ? "dictation"
                    : title.Contains("сочинение", StringComparison.OrdinalIgnoreCase) ? "essay" : "control", title, true));
                break;
            case LessonType.Laboratory:
                columns.Add(("lab", title, true));
                break;
            case LessonType.Practice when _random.NextDouble() < 0.4:
                // A practice lesson: a written work for the whole class now and then, else answers as usual.
                columns.Add((title!.StartsWith("Сочинение", StringComparison.Ordinal) ? "essay"
                    : title.StartsWith("Словарный", StringComparison.Ordinal) || title.StartsWith("Изложение", StringComparison.Ordinal) ? "dictation"
                    : "test", title, true));
                break;
            default:
                var r = _random.NextDouble();
                if (r < (Controlled.Contains(subject) ? 0.02 : 0.04))
                {
                    columns.Add(("test", subject == "Физическая культура" ? "Сдача нормативов" : "Самостоятельная работа", true));
                }
                else if (subject == "Русский язык" && r < 0.08)
                {
                    columns.Add(("dictation", "Словарный диктант", true));
                }
                else if (subject == "Литература" && r < 0.1)
                {
                    columns.Add(("essay", "Письменный ответ на вопрос", true));
                }

                break;
        }

        if (topic?.LessonType != LessonType.Control && _random.NextDouble() < 0.8)
        {
            columns.Insert(0, ("answer", null, false));
        }

        if (_random.NextDouble() < 0.12)
        {
            columns.Add(("homework", null, false));
        }

        var number = 0;
        foreach (var (code, columnTitle, wholeClass) in columns)
        {
            var assessment = new Assessment
            {
                SchoolId = schoolId, LessonId = lesson.Id, WorkTypeId = workTypes[code], Title = columnTitle, Number = ++number,
            };
            _pending.Add(assessment);
            var share = wholeClass ? 1.0 : code == "answer" ? 0.2 + 0.1 * _random.NextDouble() : 0.15;
            var marked = wholeClass ? present : present.Where(_ => _random.NextDouble() < share).ToList();
            var shift = code switch
            {
                "answer" => 0.15, "homework" => 0.25, "lab" => 0.1, "test" => -0.1, "essay" => -0.15, "control" or "dictation" => -0.35, _ => 0,
            } + (grade <= 4 ? 0.15 : 0);
            var checkedAfter = code is "control" or "dictation" or "essay" ? TimeSpan.FromDays(1 + _random.Next(2)) : TimeSpan.FromHours(1 + _random.Next(6));
            foreach (var student in marked)
            {
                Mark(assessment.Id, lesson, student, grade, scale, shift, start + checkedAfter, now, lateEntryDays);
            }

            cells.Columns = number;
            if (code == "answer")
            {
                cells.Answer = assessment.Id;
                cells.Answered.UnionWith(marked.Select(m => m.Id));
            }
        }
    }

    /// <summary>A mark of a student's level shifted by the work's difficulty; now and then entered late.</summary>
    private void Mark(Guid assessmentId, LessonRow lesson, Learner student, int grade, MarkScale scale, double shift, DateTime checkedAt,
        DateTime now, int lateEntryDays)
    {
        var value = Math.Round(Normal(student.Level + shift, 0.75), MidpointRounding.AwayFromZero);
        var points = (int)Math.Clamp(value, 2, 5);
        var at = checkedAt + TimeSpan.FromMinutes(_random.Next(60));
        var late = false;
        if (_random.NextDouble() < 0.02)
        {
            var lateAt = _cells[lesson.Id].Start.AddDays(lateEntryDays + 1 + _random.Next(7));
            if (lateAt <= now)
            {
                (at, late) = (lateAt, true);
            }
        }

        _pending.Add(new Mark
        {
            Id = CellId.For(assessmentId, student.Id), SchoolId = schoolId, AssessmentId = assessmentId, StudentId = student.Id,
            Value = scale == MarkScale.PassFail ? points >= 3 ? MarkScales.Pass : MarkScales.Fail : points.ToString(RussianCulture.Instance),
            Points = scale == MarkScale.PassFail ? null : points,
            ChangedAt = Min(at, now), Late = late,
        });
        var key = (student.Id, lesson.AssignmentId, PeriodOf(grade, lesson.Date));
        _marks[key] = _marks.GetValueOrDefault(key) + 1;
    }

    private int PeriodOf(int grade, DateOnly date)
    {
        if (!_periods.TryGetValue(grade, out var periods))
        {
            _periods[grade] = periods = demo.PeriodsOf(grade);
        }

        foreach (var period in periods)
        {
            if (period.Start <= date && date <= period.End)
            {
                return period.Number;
            }
        }

        return 0;
    }

    /// <summary>
    /// At least <see cref="MinimumPerPeriod"/> marks for each student in each subject of every period that is over (as a
    /// teacher asks the ones not yet asked before the period ends): answers on lessons the student attended and was not
    /// asked on, in an «answer» column made when the lesson has none.
    /// </summary>
    private void TopUp(List<LessonRow> past, Dictionary<Guid, TeachingAssignment> assignments, Dictionary<Guid, int> classGrades,
        Dictionary<Guid, Guid> groupClasses, Dictionary<Guid, MarkScale> scales, DateOnly today, DateTime now, int lateEntryDays)
    {
        var byAssignment = past.Where(l => _cells.ContainsKey(l.Id)).GroupBy(l => l.AssignmentId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var assignment in demo.Assignments)
        {
            var grade = classGrades[assignment.SchoolClassId ?? groupClasses[assignment.StudyGroupId!.Value]];
            if (!byAssignment.TryGetValue(assignment.Id, out var lessons))
            {
                continue;
            }

            foreach (var period in demo.PeriodsOf(grade).Where(p => p.End < today))
            {
                var inPeriod = lessons.Where(l => period.Start <= l.Date && l.Date <= period.End).ToList();
                foreach (var student in inPeriod.SelectMany(l => _cells[l.Id].Present).DistinctBy(s => s.Id).OrderBy(s => s.Rank))
                {
                    var missing = MinimumPerPeriod - _marks.GetValueOrDefault((student.Id, assignment.Id, period.Number));
                    if (missing <= 0)
                    {
                        continue;
                    }

                    var candidates = inPeriod.Where(l => _cells[l.Id] is var c && c.Present.Contains(student) && !c.Answered.Contains(student.Id)).ToList();
                    foreach (var lesson in candidates.OrderBy(_ => _random.Next()).Take(missing))
                    {
                        var cells = _cells[lesson.Id];
                        if (cells.Answer is null)
                        {
                            var column = new Assessment { SchoolId = schoolId, LessonId = lesson.Id, WorkTypeId = _answerType, Number = ++cells.Columns };
                            _pending.Add(column);
                            cells.Answer = column.Id;
                        }

                        cells.Answered.Add(student.Id);
                        Mark(cells.Answer.Value, lesson, student, grade, scales[assignment.SubjectId], 0.15 + (grade <= 4 ? 0.15 : 0),
                            cells.Start + TimeSpan.FromHours(1 + _random.Next(6)), now, lateEntryDays);
                    }
                }
            }
        }
    }

    /// <summary>What the top-up needs of a past lesson of grades 2–11: who was there, its columns, who answered.</summary>
    private sealed class LessonCells(List<Learner> present, DateTime start)
    {
        public List<Learner> Present { get; } = present;

        public DateTime Start { get; } = start;

        public int Columns { get; set; }

        public Guid? Answer { get; set; }

        public HashSet<Guid> Answered { get; } = [];
    }

    private void Add(object row)
    {
        if (generated is not null)
        {
            generated.Rows.Add(row);
        }
        else
        {
            db.Add(row);
        }
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        if (generated is not null)
        {
            generated.Rows.AddRange(_pending);
            _pending.Clear();
            return;
        }

        db.AddRange(_pending);
        _pending.Clear();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private double Normal(double mean, double deviation)
    {
        // Box–Muller: two uniforms of the one seeded generator.
        var u = 1.0 - _random.NextDouble();
        var v = _random.NextDouble();
        return mean + deviation * Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    /// <summary>Planned homework in the manner of the subject's textbook, its paragraphs and exercises going forward.</summary>
    private sealed class Homework(string subject, int grade, Random random)
    {
        private int _paragraph;
        private int _exercise = 3 + random.Next(5);
        private int _page = 4 + random.Next(4);

        public string? Next(LessonType type)
        {
            _paragraph++;
            _exercise += 4 + random.Next(6);
            _page += 2 + random.Next(3);
            var (p, e, page) = (_paragraph, _exercise, _page);
            var pick = random.Next(4);
            if (type == LessonType.Review)
            {
                return "Повторить правила и формулы раздела, подготовиться к контрольной работе";
            }

            return subject switch
            {
                "Математика" when grade <= 4 => $"с. {page}, № {e % 9 + 1}, {e % 9 + 3}",
                "Математика" or "Алгебра" or "Геометрия" or "Вероятность и статистика" => pick == 0
                    ? $"§ {p}, выучить определения, № {e}, {e + 2}"
                    : $"§ {p}, № {e}–{e + 2}",
                "Русский язык" when grade <= 4 => pick == 0 ? $"выучить правило на с. {page}, упр. {e}" : $"упр. {e}",
                "Русский язык" => pick == 0 ? $"§ {p}, выучить правило на с. {page}, упр. {e}" : $"§ {p}, упр. {e}",
                "Литературное чтение" => pick == 0 ? $"с. {page}–{page + 3}, выучить стихотворение наизусть" : $"с. {page}–{page + 3}, выразительное чтение",
                "Литература" => pick switch
                {
                    0 => "выучить наизусть отрывок (по выбору)",
                    1 => $"прочитать с. {page}–{page + 12}, ответить на вопросы 1–4",
                    _ => $"с. {page}–{page + 6}, письменно ответить на вопрос {1 + pick}",
                },
                "Иностранный язык (английский)" => pick == 0
                    ? $"Student's Book, с. {page}, упр. {e % 12 + 1}; выучить слова"
                    : $"Workbook, с. {page / 2 + 1}, упр. {e % 8 + 1}",
                "Окружающий мир" => $"с. {page}–{page + 3}, рабочая тетрадь с. {page / 2 + 1}",
                "История" or "Обществознание" or "География" or "Биология" or "Химия" or "Основы безопасности и защиты Родины" => pick == 0
                    ? $"§ {p}, подготовить сообщение"
                    : $"§ {p}, вопросы 1–{3 + pick} после параграфа",
                "Физика" => pick == 0 ? $"§ {p}, выучить формулы" : $"§ {p}, упр. {p} (1–3)",
                "Информатика" => $"§ {p}, задания 1–3 в рабочей тетради",
                "Физическая культура" => pick == 0 ? "комплекс утренней гимнастики" : null,
                "Музыка" => pick == 0 ? "выучить слова песни" : null,
                "Изобразительное искусство" => pick == 0 ? "принести альбом и краски" : "закончить рисунок",
                "Труд (технология)" => pick == 0 ? "принести материалы для практической работы" : "закончить изделие",
                "Индивидуальный проект" => "работа над проектом по плану",
                _ => $"с. {page}–{page + 3}, подготовить сообщение",
            };
        }
    }
}
