using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.People;

namespace Parta.Demo;

/// <summary>
/// The demo school's year: calendar, subjects and curriculum, ~45 staff, 31 classes of grades 1–11 with ~550
/// students and their parents, English groups and teaching assignments that cover the curriculum. Another
/// <see cref="SchoolShape"/> makes a school of another size the same way (the dataset presets).
/// </summary>
internal sealed class DemoSchool(PartaDbContext db, Guid schoolId, SchoolShape? shape = null)
{
    private readonly SchoolShape _shape = shape ?? SchoolShape.Demo;
    private readonly DemoNames _names = new((shape ?? SchoolShape.Demo).Seed);
    private readonly Dictionary<char, int> _fileNumbers = [];
    private readonly Dictionary<string, Subject> _subjects = [];
    private readonly Dictionary<Guid, decimal> _load = [];
    private readonly Dictionary<Guid, int> _classTeacherships = [];

    /// <summary>Hours per week by grade 1…11 (a zero: the subject is not taught in that grade).</summary>
    private static readonly (string Subject, int[] Hours)[] Curriculum =
    [
        ("Русский язык", [5, 5, 5, 5, 5, 6, 4, 3, 3, 2, 2]),
        ("Литературное чтение", [4, 4, 4, 3, 0, 0, 0, 0, 0, 0, 0]),
        ("Литература", [0, 0, 0, 0, 3, 3, 2, 2, 3, 3, 3]),
        ("Иностранный язык (английский)", [0, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3]),
        ("Математика", [4, 4, 4, 4, 5, 5, 0, 0, 0, 0, 0]),
        ("Алгебра", [0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3]),
        ("Геометрия", [0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2]),
        ("Вероятность и статистика", [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]),
        ("Информатика", [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]),
        ("Окружающий мир", [2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0]),
        ("История", [0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2]),
        ("Обществознание", [0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2]),
        ("География", [0, 0, 0, 0, 1, 1, 2, 2, 2, 1, 1]),
        ("Биология", [0, 0, 0, 0, 1, 1, 1, 2, 2, 1, 1]),
        ("Физика", [0, 0, 0, 0, 0, 0, 2, 2, 3, 2, 2]),
        ("Химия", [0, 0, 0, 0, 0, 0, 0, 2, 2, 1, 1]),
        ("Основы религиозных культур и светской этики", [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]),
        ("Основы духовно-нравственной культуры народов России", [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]),
        ("Изобразительное искусство", [1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]),
        ("Музыка", [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0]),
        ("Труд (технология)", [1, 1, 1, 1, 2, 2, 1, 1, 1, 0, 0]),
        ("Физическая культура", [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]),
        ("Основы безопасности и защиты Родины", [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]),
        ("Индивидуальный проект", [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]),
    ];

    /// <summary>Who teaches what in grades 5–11 (primary teachers teach their own class most subjects).</summary>
    private static readonly (string Title, string[] Subjects, int Teachers)[] DepartmentPlan =
    [
        ("русского языка и литературы", ["Русский язык", "Литература"], 5),
        ("математики", ["Математика", "Алгебра", "Геометрия", "Вероятность и статистика"], 4),
        ("английского языка", ["Иностранный язык (английский)"], 6),
        ("информатики", ["Информатика", "Индивидуальный проект"], 1),
        ("истории и обществознания", ["История", "Обществознание", "Основы духовно-нравственной культуры народов России"], 2),
        ("географии", ["География"], 2),
        ("биологии", ["Биология"], 2),
        ("физики", ["Физика"], 2),
        ("химии", ["Химия"], 1),
        ("изобразительного искусства", ["Изобразительное искусство"], 1),
        ("музыки", ["Музыка"], 1),
        ("труда (технологии)", ["Труд (технология)"], 1),
        ("физической культуры", ["Физическая культура"], 3),
        ("ОБЗР", ["Основы безопасности и защиты Родины"], 1),
    ];

    private static readonly string[] PrimarySubjects =
    [
        "Русский язык", "Литературное чтение", "Математика", "Окружающий мир", "Изобразительное искусство",
        "Труд (технология)", "Основы религиозных культур и светской этики",
    ];

    public SchoolShape Shape => _shape;

    /// <summary>The periods marks are given for in a grade: quarters in grades 1–9, halves in 10–11.</summary>
    public IReadOnlyList<Period> PeriodsOf(int grade) => [.. _schemes[grade <= 9 ? 0 : 1].Periods.OrderBy(p => p.Number)];

    private readonly List<PeriodScheme> _schemes = [];

    public AcademicYear Year { get; private set; } = null!;

    public List<StaffMember> Staff { get; } = [];

    public List<(SchoolClass Class, List<Student> Students)> Classes { get; } = [];

    public List<TeachingAssignment> Assignments { get; } = [];

    public List<StudyGroup> Groups { get; } = [];

    public IReadOnlyDictionary<string, Subject> Subjects => _subjects;

    /// <summary>The teachers of grades 5–11 by department («математики»), for substitutions.</summary>
    public Dictionary<string, List<StaffMember>> Departments { get; private set; } = [];

    private readonly List<StudyGroupMember> _groupMembers = [];

    public void SeedYear()
    {
        Year = new AcademicYear { SchoolId = schoolId, Name = AcademicYear.NameFor(2026), Start = new DateOnly(2026, 9, 1), End = new DateOnly(2027, 8, 31) };
        db.AcademicYears.Add(Year);

        var quarters = new PeriodScheme { SchoolId = schoolId, AcademicYearId = Year.Id, Name = "Четверти", Kind = PeriodKind.Quarter };
        AddPeriod(quarters, 1, "1 четверть", new(2026, 9, 1), new(2026, 10, 23));
        AddPeriod(quarters, 2, "2 четверть", new(2026, 11, 5), new(2026, 12, 29));
        AddPeriod(quarters, 3, "3 четверть", new(2027, 1, 12), new(2027, 3, 19));
        AddPeriod(quarters, 4, "4 четверть", new(2027, 3, 30), new(2027, 5, 26));
        var halves = new PeriodScheme { SchoolId = schoolId, AcademicYearId = Year.Id, Name = "Полугодия", Kind = PeriodKind.Half };
        AddPeriod(halves, 1, "1 полугодие", new(2026, 9, 1), new(2026, 12, 29));
        AddPeriod(halves, 2, "2 полугодие", new(2027, 1, 12), new(2027, 5, 26));
        db.PeriodSchemes.AddRange(quarters, halves);
        _schemes.AddRange([quarters, halves]);

        for (var grade = 1; grade <= 11; grade++)
        {
            db.GradeSettings.Add(new GradeSettings
            {
                SchoolId = schoolId, AcademicYearId = Year.Id, Grade = grade,
                PeriodSchemeId = grade <= 9 ? quarters.Id : halves.Id,
                DaysPerWeek = grade <= 9 ? 5 : 6,
            });
        }

        Calendar(CalendarEntryKind.Holidays, "Осенние каникулы", new(2026, 10, 24), new(2026, 11, 4));
        Calendar(CalendarEntryKind.Holidays, "Зимние каникулы", new(2026, 12, 30), new(2027, 1, 11));
        Calendar(CalendarEntryKind.Holidays, "Дополнительные каникулы для первоклассников", new(2027, 2, 15), new(2027, 2, 21), grade: 1);
        Calendar(CalendarEntryKind.Holidays, "Весенние каникулы", new(2027, 3, 20), new(2027, 3, 29));
        Calendar(CalendarEntryKind.Holidays, "Летние каникулы", new(2027, 5, 27), new(2027, 8, 31));
        Calendar(CalendarEntryKind.PublicHoliday, "День народного единства", new(2026, 11, 4), new(2026, 11, 4));
        Calendar(CalendarEntryKind.PublicHoliday, "День защитника Отечества", new(2027, 2, 23), new(2027, 2, 23));
        Calendar(CalendarEntryKind.PublicHoliday, "Международный женский день", new(2027, 3, 8), new(2027, 3, 8));
        Calendar(CalendarEntryKind.PublicHoliday, "Праздник Весны и Труда", new(2027, 5, 1), new(2027, 5, 1));
        Calendar(CalendarEntryKind.PublicHoliday, "День Победы", new(2027, 5, 9), new(2027, 5, 9));
        Calendar(CalendarEntryKind.DayOff, "Перенос выходного дня (День Победы)", new(2027, 5, 10), new(2027, 5, 10));

        void AddPeriod(PeriodScheme scheme, int number, string name, DateOnly start, DateOnly end) =>
            scheme.Periods.Add(new Period { SchoolId = schoolId, PeriodSchemeId = scheme.Id, Number = number, Name = name, Start = start, End = end });

        void Calendar(CalendarEntryKind kind, string name, DateOnly start, DateOnly end, int? grade = null) =>
            db.CalendarEntries.Add(new CalendarEntry { SchoolId = schoolId, AcademicYearId = Year.Id, Kind = kind, Name = name, Start = start, End = end, Grade = grade });
    }

    public void SeedSubjectsAndCurriculum()
    {
        var order = 0;
        foreach (var (name, shortName) in Subject.Standard)
        {
            var subject = new Subject { SchoolId = schoolId, Name = name, ShortName = shortName, SortOrder = ++order };
            if (name == "Основы религиозных культур и светской этики")
            {
                subject.Scale = Journal.MarkScale.PassFail; // ОРКСЭ is taught without marks: зачёт / незачёт
            }

            _subjects[name] = subject;
            db.Subjects.Add(subject);
        }

        foreach (var (subject, hours) in Curriculum)
        {
            for (var grade = 1; grade <= 11; grade++)
            {
                if (hours[grade - 1] > 0)
                {
                    db.CurriculumLines.Add(new CurriculumLine
                    {
                        SchoolId = schoolId, AcademicYearId = Year.Id, SubjectId = _subjects[subject].Id, Grade = grade, HoursPerWeek = hours[grade - 1],
                    });
                }
            }
        }
    }

    /// <param name="named">Staff cards of the demo accounts: director, the coordinator (a deputy director), the mathematics teacher.</param>
    public void SeedStaffAndClasses(StaffMember director, StaffMember coordinator, StaffMember mathsTeacher)
    {
        Staff.AddRange([director, coordinator, mathsTeacher]);
        db.StaffMembers.AddRange(director, coordinator, mathsTeacher);
        AddStaff("заместитель директора; учитель истории и обществознания");
        foreach (var position in new[] { "педагог-психолог", "социальный педагог", "учитель-логопед", "библиотекарь", "секретарь" })
        {
            AddStaff(position);
        }

        var departments = DepartmentPlan.ToDictionary(
            d => d.Title,
            d => Enumerable.Range(0, _shape.Teachers(d.Teachers)).Select(_ => AddStaff($"учитель {d.Title}")).ToList());
        departments["истории и обществознания"].Add(Staff[3]);

        for (var grade = 1; grade <= 11; grade++)
        {
            foreach (var letter in SchoolShape.Letters.Take(_shape.ClassesPerGrade[grade - 1]))
            {
                var schoolClass = new SchoolClass { SchoolId = schoolId, AcademicYearId = Year.Id, Grade = grade, Letter = letter };
                db.SchoolClasses.Add(schoolClass);
                Classes.Add((schoolClass, []));
                if (grade <= 4)
                {
                    var primary = AddStaff("учитель начальных классов");
                    schoolClass.ClassTeacherId = primary.Id;
                    foreach (var subject in PrimarySubjects)
                    {
                        Assign(primary, subject, schoolClass, null);
                    }

                    Assign(Least(departments["английского языка"]), "Иностранный язык (английский)", schoolClass, null);
                    Assign(departments["музыки"][0], "Музыка", schoolClass, null);
                    Assign(Least(departments["физической культуры"]), "Физическая культура", schoolClass, null);
                }
            }
        }

        // The demo teacher: mathematics in 5А and 5Б (where the school has it), class teacher of 5А.
        var mathsClasses = Classes.Where(c => c.Class.Grade == 5 && c.Class.Letter is "А" or "Б").Select(c => c.Class).ToList();
        mathsClasses[0].ClassTeacherId = mathsTeacher.Id;
        foreach (var schoolClass in mathsClasses)
        {
            Assign(mathsTeacher, "Математика", schoolClass, null);
        }

        var seniorTeachers = departments.Where(d => d.Key != "музыки" && d.Key != "изобразительного искусства").SelectMany(d => d.Value).ToList();
        foreach (var (schoolClass, _) in Classes.Where(c => c.Class.Grade >= 5))
        {
            if (schoolClass.ClassTeacherId is null)
            {
                var teacher = seniorTeachers.OrderBy(t => _classTeacherships.GetValueOrDefault(t.Id)).ThenBy(t => seniorTeachers.IndexOf(t)).First();
                schoolClass.ClassTeacherId = teacher.Id;
                _classTeacherships[teacher.Id] = _classTeacherships.GetValueOrDefault(teacher.Id) + 1;
            }

            foreach (var (subject, hours) in Curriculum.Where(c => c.Hours[schoolClass.Grade - 1] > 0))
            {
                if (subject == "Математика" && schoolClass.Grade == 5 && schoolClass.Letter is "А" or "Б")
                {
                    continue;
                }

                if (subject == "Иностранный язык (английский)")
                {
                    continue; // taught in two groups, below
                }

                var department = DepartmentPlan.First(d => d.Subjects.Contains(subject)).Title;
                Assign(Least(departments[department]), subject, schoolClass, null);
            }
        }

        EnglishTeachers = departments["английского языка"];
        Departments = departments;
    }

    private List<StaffMember> EnglishTeachers { get; set; } = [];

    public void SeedStudents(Func<SchoolClass, Student?> demoStudentsFirst)
    {
        foreach (var (schoolClass, students) in Classes)
        {
            var size = _shape.MinClassSize + _names.Random.Next(_shape.MaxClassSize - _shape.MinClassSize + 1);
            if (demoStudentsFirst(schoolClass) is { } demo)
            {
                AddStudent(demo, students);
                size--;
            }

            for (var i = 0; i < size; i++)
            {
                var gender = _names.Random.Next(2) == 0 ? Gender.Male : Gender.Female;
                var surnameMale = _names.Surname(Gender.Male);
                var father = _names.FatherName();
                var student = new Student
                {
                    SchoolId = schoolId,
                    LastName = gender == Gender.Male ? surnameMale : DemoNames.Feminine(surnameMale),
                    FirstName = _names.ChildName(gender),
                    MiddleName = DemoNames.Patronymic(father, gender),
                    Gender = gender,
                    BirthDate = new DateOnly(2019 - schoolClass.Grade, 9, 1).AddDays(_names.Random.Next(365)),
                    SchoolClassId = schoolClass.Id,
                    Address = $"{_shape.Town}, ул. {_names.Pick(Streets)}, д. {1 + _names.Random.Next(60)}, кв. {1 + _names.Random.Next(120)}",
                    HealthGroup = 1 + Math.Min(_names.Random.Next(10) / 4, 2),
                };
                AddStudent(student, students);
                var mother = _names.Random.Next(10) < 9;
                var hasFather = !mother || _names.Random.NextDouble() < _shape.FatherShare;
                if (mother)
                {
                    var (_, first, middle) = _names.Adult(Gender.Female);
                    AddGuardian(student, DemoNames.Feminine(surnameMale), first, middle, "мать");
                }

                if (hasFather)
                {
                    var (_, _, middle) = _names.Adult(Gender.Male);
                    AddGuardian(student, surnameMale, father, middle, "отец");
                }
            }

            if (schoolClass.Grade >= 5)
            {
                AddEnglishGroups(schoolClass, students);
            }
        }
    }

    public void AddStudent(Student student, List<Student> classList)
    {
        var letter = char.ToUpperInvariant(student.LastName[0]);
        _fileNumbers[letter] = _fileNumbers.GetValueOrDefault(letter) + 1;
        student.PersonalFileNumber ??= $"{letter}-{_fileNumbers[letter]}";
        classList.Add(student);
        db.Students.Add(student);
    }

    public Guardian AddGuardian(Student student, string lastName, string firstName, string middleName, string relation, Guid? userId = null)
    {
        var guardian = new Guardian
        {
            SchoolId = schoolId, LastName = lastName, FirstName = firstName, MiddleName = middleName, UserId = userId,
            Phone = $"+7 9{_names.Random.Next(10, 99)} {_names.Random.Next(100, 999)}-{_names.Random.Next(10, 99)}-{_names.Random.Next(10, 99)}",
        };
        db.Guardians.Add(guardian);
        db.Guardianships.Add(new Guardianship { SchoolId = schoolId, StudentId = student.Id, GuardianId = guardian.Id, Relation = relation });
        return guardian;
    }

    public void LinkGuardian(Student student, Guardian guardian, string relation) =>
        db.Guardianships.Add(new Guardianship { SchoolId = schoolId, StudentId = student.Id, GuardianId = guardian.Id, Relation = relation });

    /// <summary>
    /// The movement book of the year: everyone entered on 1 September by one order as the school's opening enrolment
    /// (the school started its book in Parta with this year), then (in the demo school) a transfer, an arrival and a
    /// withdrawal during the autumn. Enrolments are derived from the events as the movement module derives them.
    /// </summary>
    public void SeedMovement(DateOnly today, DateTime now)
    {
        var facts = new List<(Student Student, MovementEvent Event)>();
        var september = Order("45-у", new(2026, 8, 31));
        foreach (var (schoolClass, students) in Classes)
        {
            foreach (var student in students)
            {
                facts.Add((student, Event(student, MovementKind.OpeningEnrolment, new(2026, 9, 1), null, schoolClass, september)));
            }
        }

        if (ReferenceEquals(_shape, SchoolShape.Demo))
        {
            DemoMoves();
        }

        Enrol();
        return;

        void DemoMoves()
        {
            var class5B = ClassList(5, "Б");
            var class5V = ClassList(5, "В");
            var moved = class5B.Students.Last();
            facts.Add((moved, Event(moved, MovementKind.Transfer, new(2026, 10, 12), class5B.Class, class5V.Class, Order("112-у", new(2026, 10, 9)),
                reason: "по заявлению родителей")));
            class5B.Students.Remove(moved);
            class5V.Students.Add(moved);
            LeaveGroups(moved, class5B.Class, new(2026, 10, 12));
            var group5V = Groups.Last(g => g.SchoolClassId == class5V.Class.Id);
            var joined = new StudyGroupMember { SchoolId = schoolId, StudyGroupId = group5V.Id, StudentId = moved.Id };
            db.StudyGroupMembers.Add(joined);
            _groupMembers.Add(joined);

            var class8A = ClassList(8, "А");
            var leaving = class8A.Students.Last();
            var withdrawal = Event(leaving, MovementKind.Withdrawal, new(2026, 11, 16), class8A.Class, null, Order("131-у", new(2026, 11, 13)),
                reason: "переезд семьи", otherSchool: "МБОУ «СОШ № 3» г. Соседний", withdrawalReason: WithdrawalReason.Moving);
            facts.Add((leaving, withdrawal));
            LeaveGroups(leaving, class8A.Class, new(2026, 11, 16));

            var class6A = ClassList(6, "А");
            var arrived = new Student
            {
                SchoolId = schoolId, LastName = "Новикова", FirstName = "Полина", MiddleName = "Олеговна", Gender = Gender.Female,
                BirthDate = new DateOnly(2014, 12, 3), Address = "г. Демо, ул. Лесная, д. 8, кв. 14", HealthGroup = 1,
            };
            AddStudent(arrived, class6A.Students);
            AddGuardian(arrived, "Новикова", "Ирина", "Викторовна", "мать");
            facts.Add((arrived, Event(arrived, MovementKind.Admission, new(2026, 11, 9), null, class6A.Class, Order("127-у", new(2026, 11, 6)),
                reason: "прибыла из другой школы", otherSchool: "МАОУ «Гимназия № 2» г. Соседний")));
        }

        void Enrol()
        {
            foreach (var (_, movement) in facts)
            {
                db.MovementEvents.Add(movement);
            }

            foreach (var group in facts.GroupBy(f => f.Student))
            {
                var stints = MembershipTimeline.Replay(group.Select(f => f.Event.Fact));
                foreach (var stint in stints)
                {
                    db.ClassEnrolments.Add(new ClassEnrolment
                    {
                        SchoolId = schoolId, StudentId = stint.StudentId, SchoolClassId = stint.SchoolClassId, From = stint.From, Until = stint.Until,
                    });
                }

                group.Key.SchoolClassId = stints.FirstOrDefault(st => st.Covers(today))?.SchoolClassId
                    ?? stints.Where(st => st.From > today).Select(st => (Guid?)st.SchoolClassId).FirstOrDefault();
            }
        }

        MovementOrder Order(string number, DateOnly date)
        {
            var order = new MovementOrder { SchoolId = schoolId, Number = number, Date = date };
            db.MovementOrders.Add(order);
            return order;
        }

        MovementEvent Event(Student student, MovementKind kind, DateOnly date, SchoolClass? from, SchoolClass? to, MovementOrder order,
            string? reason = null, string? otherSchool = null, WithdrawalReason? withdrawalReason = null) => new()
        {
            SchoolId = schoolId, StudentId = student.Id, Kind = kind, Date = date, FromClassId = from?.Id, ToClassId = to?.Id,
            OrderId = order.Id, Reason = reason, OtherSchool = otherSchool, WithdrawalReason = withdrawalReason, CreatedAt = now,
        };

        // As the movement book does: leaving a class means leaving its groups on the same date.
        void LeaveGroups(Student student, SchoolClass left, DateOnly date)
        {
            var groups = Groups.Where(g => g.SchoolClassId == left.Id).Select(g => g.Id).ToHashSet();
            foreach (var member in _groupMembers.Where(m => m.StudentId == student.Id && groups.Contains(m.StudyGroupId)))
            {
                member.Until = date;
            }
        }

        (SchoolClass Class, List<Student> Students) ClassList(int grade, string letter) =>
            Classes.Single(c => c.Class.Grade == grade && c.Class.Letter == letter);
    }

    private static readonly string[] Streets = ["Школьная", "Ленина", "Садовая", "Молодёжная", "Лесная", "Набережная", "Мира", "Победы", "Советская", "Южная"];

    private void AddEnglishGroups(SchoolClass schoolClass, List<Student> students)
    {
        var sorted = students.OrderBy(s => s.LastName, RussianCulture.Collation)
            .ThenBy(s => s.FirstName, StringComparer.Ordinal).ToList();
        var half = (sorted.Count + 1) / 2;
        for (var number = 1; number <= 2; number++)
        {
            var group = new StudyGroup
            {
                SchoolId = schoolId, AcademicYearId = Year.Id, Name = $"{schoolClass.Name} англ. {number}", SchoolClassId = schoolClass.Id,
                SubjectId = _subjects["Иностранный язык (английский)"].Id,
            };
            db.StudyGroups.Add(group);
            Groups.Add(group);
            foreach (var student in number == 1 ? sorted.Take(half) : sorted.Skip(half))
            {
                var member = new StudyGroupMember { SchoolId = schoolId, StudyGroupId = group.Id, StudentId = student.Id };
                db.StudyGroupMembers.Add(member);
                _groupMembers.Add(member);
            }

            Assign(Least(EnglishTeachers), "Иностранный язык (английский)", null, group);
        }
    }

    /// <summary>A staff card with a generated name, not added yet (the presets' director, deputy and mathematics teacher).</summary>
    public StaffMember NewCard(string positions)
    {
        var gender = _names.Random.Next(10) < 8 ? Gender.Female : Gender.Male;
        var (last, first, middle) = _names.Adult(gender);
        return new StaffMember
        {
            SchoolId = schoolId, LastName = last, FirstName = first, MiddleName = middle, Positions = positions,
            BirthDate = new DateOnly(1962 + _names.Random.Next(35), 1, 1).AddDays(_names.Random.Next(365)),
        };
    }

    private StaffMember AddStaff(string positions)
    {
        var member = NewCard(positions);
        db.StaffMembers.Add(member);
        Staff.Add(member);
        return member;
    }

    private StaffMember Least(List<StaffMember> teachers) =>
        teachers.OrderBy(t => _load.GetValueOrDefault(t.Id)).ThenBy(teachers.IndexOf).First();

    private void Assign(StaffMember teacher, string subject, SchoolClass? schoolClass, StudyGroup? group)
    {
        var grade = schoolClass?.Grade ?? Classes.First(c => c.Class.Id == group!.SchoolClassId).Class.Grade;
        var hours = Curriculum.First(c => c.Subject == subject).Hours[grade - 1];
        if (hours == 0)
        {
            return;
        }

        var assignment = new TeachingAssignment
        {
            SchoolId = schoolId, AcademicYearId = Year.Id, StaffMemberId = teacher.Id, SubjectId = _subjects[subject].Id,
            SchoolClassId = schoolClass?.Id, StudyGroupId = group?.Id, HoursPerWeek = hours,
        };
        db.TeachingAssignments.Add(assignment);
        Assignments.Add(assignment);
        _load[teacher.Id] = _load.GetValueOrDefault(teacher.Id) + hours;
    }
}
