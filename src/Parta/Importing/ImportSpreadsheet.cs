using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.People;

namespace Parta.Importing;

/// <summary>A problem of the file or of one cell, said in Russian: «Строка 7, «Дата рождения»: неверная дата «31.02.2014»».</summary>
public sealed record ImportError(int? Row, string? Column, string Message)
{
    public override string ToString() => (Row, Column) switch
    {
        (null, _) => Message,
        (_, null) => $"Строка {Row}: {Message}",
        _ => $"Строка {Row}, «{Column}»: {Message}",
    };
}

/// <summary>What the import does to one kind of record.</summary>
public sealed record ImportCount(string What, int Created, int Updated, int Unchanged);

public enum ImportAction
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>What the import does to the main record of one row.</summary>
public sealed record ImportLine(int Row, string Title, ImportAction Action);

public sealed record ImportResult(
    ImportKind Kind, string? YearName, int Rows, IReadOnlyList<ImportCount> Counts, IReadOnlyList<ImportLine> Lines,
    IReadOnlyList<ImportError> Errors, bool Applied)
{
    public bool HasErrors => Errors.Count > 0;
}

/// <summary>
/// Imports a spreadsheet of one <see cref="ImportKind"/> into the current school's current academic year (the year
/// that contains the school's today, else the latest). Every row is validated first; <see cref="PreviewAsync"/> then
/// tells what would change, <see cref="ApplyAsync"/> writes it all in one transaction — or nothing when any row has
/// an error. Re-importing the same file changes nothing: rows are matched to what exists (students by personal file
/// number, else full name and birth date; guardians by full name among the student's guardians; staff by full name
/// and birth date; classes by grade and letter; subjects by name).
/// </summary>
public sealed partial class ImportSpreadsheet(PartaDbContext db, CurrentUser currentUser, TimeProvider time)
{
    public Task<ImportResult> PreviewAsync(ImportKind kind, string fileName, byte[] content, CancellationToken ct = default) =>
        RunAsync(kind, fileName, content, apply: false, ct);

    public Task<ImportResult> ApplyAsync(ImportKind kind, string fileName, byte[] content, CancellationToken ct = default) =>
        RunAsync(kind, fileName, content, apply: true, ct);

    private async Task<ImportResult> RunAsync(ImportKind kind, string fileName, byte[] content, bool apply, CancellationToken ct)
    {
        var schoolId = currentUser.SchoolId ?? throw new InvalidOperationException("Import needs a current school.");
        SpreadsheetTable table;
        try
        {
            table = SpreadsheetFile.Read(fileName, content);
        }
        catch (SpreadsheetFileException e)
        {
            return Failed(kind, null, [new ImportError(null, null, e.Message)]);
        }

        var run = new Run(kind, table);
        foreach (var column in kind.Columns().Where(c => c.Required && run.ColumnIndex(c.Header) < 0))
        {
            run.Errors.Add(new ImportError(null, null, $"Нет обязательного столбца «{column.Header}». Скачайте шаблон и сверьте заголовки."));
        }

        if (run.Errors.Count > 0)
        {
            return Failed(kind, null, run.Errors);
        }

        var year = await CurrentYearAsync(schoolId, ct);
        if (year is null)
        {
            return Failed(kind, null, [new ImportError(null, null, "В школе нет учебного года: сначала создайте учебный год.")]);
        }

        // One DetectChanges for the whole file (before counting), not one per Add or Entry of thousands of rows.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            switch (kind)
            {
                case ImportKind.Students:
                    await PlanStudentsAsync(run, schoolId, year, ct);
                    break;
                case ImportKind.Staff:
                    await PlanStaffAsync(run, schoolId, ct);
                    break;
                case ImportKind.Classes:
                    await PlanClassesAsync(run, schoolId, year, ct);
                    break;
                case ImportKind.Subjects:
                    await PlanSubjectsAsync(run, schoolId, ct);
                    break;
                case ImportKind.Curriculum:
                    await PlanCurriculumAsync(run, schoolId, year, ct);
                    break;
                default:
                    await PlanAssignmentsAsync(run, schoolId, year, ct);
                    break;
            }

            db.ChangeTracker.DetectChanges();
            var counts = run.Tallies.Select(t => t.Count(db)).ToList();
            var lines = run.Lines
                .Select(l => new ImportLine(l.Row, l.Title, ActionOf(db.Entry(l.Entity).State)))
                .ToList();
            var applied = false;
            if (apply && run.Errors.Count == 0)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                if (kind == ImportKind.Students)
                {
                    // Students placed in a class by data entry enter the movement book as admitted at the start of the year.
                    await ClassLists.EnrolByDataEntryAsync(db, run.Lines.Select(l => l.Entity).OfType<Student>().ToList(), year.Start, time, ct);
                    await db.SaveChangesAsync(ct);
                }

                await transaction.CommitAsync(ct);
                applied = true;
            }

            return new ImportResult(kind, year.Name, table.Rows.Count, counts, lines, run.Errors.OrderBy(e => e.Row).ToList(), applied);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private static ImportResult Failed(ImportKind kind, string? year, IReadOnlyList<ImportError> errors) =>
        new(kind, year, 0, [], [], errors, false);

    private static ImportAction ActionOf(EntityState state) => state switch
    {
        EntityState.Added => ImportAction.Created,
        EntityState.Modified => ImportAction.Updated,
        _ => ImportAction.Unchanged,
    };

    /// <summary>The year that contains the school's today, else the latest.</summary>
    public async Task<AcademicYear?> CurrentYearAsync(Guid schoolId, CancellationToken ct = default)
    {
        var school = await db.Schools.AsNoTracking().FirstAsync(s => s.Id == schoolId, ct);
        return await SchoolClock.CurrentYearAsync(db, school.Today(time), ct);
    }

    // ---- Students and their parents ---------------------------------------------------------------------------

    private async Task PlanStudentsAsync(Run run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var classes = (await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == year.Id).ToListAsync(ct))
            .ToDictionary(c => ClassKey(c.Grade, c.Letter), StringComparer.Ordinal);
        var students = await db.Students.ToListAsync(ct);
        var inTheBook = (await db.MovementEvents.AsNoTracking().Where(e => !e.Cancelled).Select(e => e.StudentId).Distinct().ToListAsync(ct))
            .ToHashSet();
        var guardians = await db.Guardians.ToListAsync(ct);
        var links = await db.Guardianships.ToListAsync(ct);
        var guardianById = guardians.ToDictionary(g => g.Id);
        var byFileNumber = students.Where(s => !string.IsNullOrEmpty(s.PersonalFileNumber))
            .ToDictionary(s => s.PersonalFileNumber!.ToUpperInvariant(), StringComparer.Ordinal);
        var byNameAndBirth = students.ToLookup(s => (NameKey(s.LastName, s.FirstName, s.MiddleName), s.BirthDate));
        var linksByStudent = links.GroupBy(l => l.StudentId).ToDictionary(g => g.Key, g => g.ToList());
        var guardianByNameAndPhone = new Dictionary<(string, string), Guardian>();
        foreach (var g in guardians.Where(g => PhoneKey(g.Phone).Length > 0))
        {
            guardianByNameAndPhone.TryAdd((NameKey(g.LastName, g.FirstName, g.MiddleName), PhoneKey(g.Phone)), g);
        }

        var studentTally = run.Tally("Учащиеся");
        var guardianTally = run.Tally("Родители (законные представители)");
        var linkTally = run.Tally("Связи «учащийся — родитель»");
        var fileNumbersInFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var peopleInFile = new Dictionary<(string, DateOnly?), int>();

        foreach (var row in run.Table.Rows)
        {
            var errorsBefore = run.Errors.Count;
            var name = run.Name(row, ImportKinds.FullName, required: true);
            var birthDate = run.Date(row, ImportKinds.BirthDate, required: true);
            var gender = run.Gender(row, ImportKinds.Gender);
            var fileNumber = run.Text(row, ImportKinds.PersonalFileNumber, 30);
            var schoolClass = run.ClassIn(row, ImportKinds.SchoolClass, classes, year, required: true);
            var address = run.Text(row, ImportKinds.Address, 500);
            var phone = run.Text(row, ImportKinds.Phone, 40);
            var parents = new List<ParentCells>();
            for (var n = 1; n <= 2; n++)
            {
                var relation = run.Text(row, ImportKinds.ParentRelation(n), 50);
                var parentPhone = run.Text(row, ImportKinds.ParentPhone(n), 40);
                var parentEmail = run.Email(row, ImportKinds.ParentEmail(n));
                var anyCell = relation is not null || parentPhone is not null || parentEmail is not null;
                var parentName = run.Name(row, ImportKinds.ParentFullName(n), required: anyCell);
                if (parentName is { } pn)
                {
                    parents.Add(new ParentCells(pn, relation ?? "родитель", parentPhone, parentEmail));
                }
            }

            if (run.Errors.Count > errorsBefore || name is not { } fullName || birthDate is null || schoolClass is null)
            {
                continue;
            }

            var personKey = (NameKey(fullName.Last, fullName.First, fullName.Middle), birthDate);
            if (peopleInFile.TryGetValue(personKey, out var sameRow))
            {
                run.Error(row, ImportKinds.FullName, $"этот учащийся уже есть в строке {sameRow}");
                continue;
            }

            peopleInFile[personKey] = row.Number;
            Student? student = null;
            if (fileNumber is not null)
            {
                var key = fileNumber.ToUpperInvariant();
                if (fileNumbersInFile.TryGetValue(key, out var otherRow))
                {
                    run.Error(row, ImportKinds.PersonalFileNumber, $"номер личного дела «{fileNumber}» уже указан в строке {otherRow}");
                    continue;
                }

                fileNumbersInFile[key] = row.Number;
                if (byFileNumber.TryGetValue(key, out var holder))
                {
                    if (NameKey(holder.LastName, holder.FirstName, holder.MiddleName) != personKey.Item1
                        || (holder.BirthDate is not null && holder.BirthDate != birthDate))
                    {
                        run.Error(row, ImportKinds.PersonalFileNumber,
                            $"номер личного дела «{fileNumber}» уже у другого учащегося: {holder.FullName}{BornText(holder.BirthDate)}");
                        continue;
                    }

                    student = holder;
                }
            }

            if (student is null)
            {
                var namesakes = byNameAndBirth[personKey].ToList();
                if (namesakes.Count > 1)
                {
                    run.Error(row, ImportKinds.FullName, "в школе несколько учащихся с такими ФИО и датой рождения: укажите номер личного дела");
                    continue;
                }

                if (namesakes is [var namesake])
                {
                    if (fileNumber is not null && !string.IsNullOrEmpty(namesake.PersonalFileNumber))
                    {
                        run.Error(row, ImportKinds.PersonalFileNumber,
                            $"учащийся {namesake.FullName} уже записан с номером личного дела «{namesake.PersonalFileNumber}»");
                        continue;
                    }

                    student = namesake;
                }
            }

            if (student is null)
            {
                student = new Student { SchoolId = schoolId, LastName = fullName.Last, FirstName = fullName.First };
                db.Students.Add(student);
            }

            if (inTheBook.Contains(student.Id) && student.SchoolClassId != schoolClass.Id)
            {
                // Once a student is in the movement book, only the book moves them between classes.
                run.Error(row, ImportKinds.SchoolClass,
                    $"{student.FullName} числится в другом классе по книге движения: перевод оформляется в книге движения");
                continue;
            }

            student.LastName = fullName.Last;
            student.FirstName = fullName.First;
            student.MiddleName = fullName.Middle ?? student.MiddleName;
            student.BirthDate = birthDate;
            student.Gender = gender ?? student.Gender;
            student.PersonalFileNumber = fileNumber ?? student.PersonalFileNumber;
            student.SchoolClassId = schoolClass.Id;
            student.Address = address ?? student.Address;
            student.Phone = phone ?? student.Phone;
            studentTally.Add(student);
            run.Line(row, student.FullName, student);

            if (!linksByStudent.TryGetValue(student.Id, out var studentLinks))
            {
                linksByStudent[student.Id] = studentLinks = [];
            }

            foreach (var parent in parents)
            {
                var parentKey = NameKey(parent.Name.Last, parent.Name.First, parent.Name.Middle);
                var candidates = studentLinks
                    .Where(l => guardianById.TryGetValue(l.GuardianId, out var g) && NameKey(g.LastName, g.FirstName, g.MiddleName) == parentKey)
                    .ToList();
                var link = candidates.FirstOrDefault(l => PhoneKey(guardianById[l.GuardianId].Phone) == PhoneKey(parent.Phone))
                    ?? candidates.FirstOrDefault();
                Guardian guardian;
                if (link is not null)
                {
                    guardian = guardianById[link.GuardianId];
                    link.Relation = parent.Relation;
                }
                else
                {
                    var phoneKey = PhoneKey(parent.Phone);
                    if (phoneKey.Length == 0 || !guardianByNameAndPhone.TryGetValue((parentKey, phoneKey), out guardian!))
                    {
                        guardian = new Guardian
                        {
                            SchoolId = schoolId, LastName = parent.Name.Last, FirstName = parent.Name.First, MiddleName = parent.Name.Middle,
                        };
                        db.Guardians.Add(guardian);
                        guardianById[guardian.Id] = guardian;
                        if (phoneKey.Length > 0)
                        {
                            guardianByNameAndPhone[(parentKey, phoneKey)] = guardian;
                        }
                    }

                    link = new Guardianship { SchoolId = schoolId, StudentId = student.Id, GuardianId = guardian.Id, Relation = parent.Relation };
                    db.Guardianships.Add(link);
                    studentLinks.Add(link);
                }

                guardian.MiddleName = parent.Name.Middle ?? guardian.MiddleName;
                guardian.Phone = parent.Phone ?? guardian.Phone;
                guardian.Email = parent.Email ?? guardian.Email;
                guardianTally.Add(guardian);
                linkTally.Add(link);
            }
        }
    }

    private sealed record ParentCells(PersonNameParts Name, string Relation, string? Phone, string? Email);

    // ---- Staff ----------------------------------------------------------------------------------------------

    private async Task PlanStaffAsync(Run run, Guid schoolId, CancellationToken ct)
    {
        var staff = await db.StaffMembers.ToListAsync(ct);
        var byName = staff.ToLookup(s => NameKey(s.LastName, s.FirstName, s.MiddleName));
        var tally = run.Tally("Сотрудники");
        var inFile = new Dictionary<(string, DateOnly?), int>();
        foreach (var row in run.Table.Rows)
        {
            var errorsBefore = run.Errors.Count;
            var name = run.Name(row, ImportKinds.FullName, required: true);
            var birthDate = run.Date(row, ImportKinds.BirthDate, required: false);
            var positions = run.Text(row, ImportKinds.Positions, 300);
            var phone = run.Text(row, ImportKinds.Phone, 40);
            var email = run.Email(row, ImportKinds.Email);
            if (run.Errors.Count > errorsBefore || name is not { } fullName)
            {
                continue;
            }

            var key = NameKey(fullName.Last, fullName.First, fullName.Middle);
            if (inFile.TryGetValue((key, birthDate), out var sameRow))
            {
                run.Error(row, ImportKinds.FullName, $"этот сотрудник уже есть в строке {sameRow}");
                continue;
            }

            inFile[(key, birthDate)] = row.Number;
            var candidates = byName[key].Where(s => birthDate is null || s.BirthDate is null || s.BirthDate == birthDate).ToList();
            if (candidates.Count > 1)
            {
                candidates = candidates.Where(s => s.BirthDate == birthDate).ToList();
            }

            if (candidates.Count > 1)
            {
                run.Error(row, ImportKinds.FullName, "в школе несколько сотрудников с таким ФИО: укажите дату рождения");
                continue;
            }

            var member = candidates.SingleOrDefault();
            if (member is null)
            {
                member = new StaffMember { SchoolId = schoolId, LastName = fullName.Last, FirstName = fullName.First, MiddleName = fullName.Middle };
                db.StaffMembers.Add(member);
            }

            member.BirthDate = birthDate ?? member.BirthDate;
            if (positions is not null)
            {
                member.Positions = string.Join("; ", positions.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            member.Phone = phone ?? member.Phone;
            member.Email = email ?? member.Email;
            tally.Add(member);
            run.Line(row, member.FullName, member);
        }
    }

    // ---- Classes, subjects, curriculum, teaching assignments -------------------------------------------------

    private async Task PlanClassesAsync(Run run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var classes = (await db.SchoolClasses.Where(c => c.AcademicYearId == year.Id).ToListAsync(ct))
            .ToDictionary(c => ClassKey(c.Grade, c.Letter), StringComparer.Ordinal);
        var staff = await StaffByNameAsync(ct);
        var tally = run.Tally("Классы");
        var inFile = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in run.Table.Rows)
        {
            var errorsBefore = run.Errors.Count;
            var parsed = run.ClassName(row, ImportKinds.SchoolClass, required: true);
            var teacher = run.Staff(row, ImportKinds.ClassTeacher, staff, required: false);
            if (run.Errors.Count > errorsBefore || parsed is not { } gradeAndLetter)
            {
                continue;
            }

            var (grade, letter) = gradeAndLetter;
            var key = ClassKey(grade, letter);
            if (inFile.TryGetValue(key, out var sameRow))
            {
                run.Error(row, ImportKinds.SchoolClass, $"класс {grade}{letter} уже есть в строке {sameRow}");
                continue;
            }

            inFile[key] = row.Number;
            if (!classes.TryGetValue(key, out var schoolClass))
            {
                schoolClass = new SchoolClass { SchoolId = schoolId, AcademicYearId = year.Id, Grade = grade, Letter = letter };
                db.SchoolClasses.Add(schoolClass);
                classes[key] = schoolClass;
            }

            schoolClass.ClassTeacherId = teacher?.Id ?? schoolClass.ClassTeacherId;
            tally.Add(schoolClass);
            run.Line(row, schoolClass.Name, schoolClass);
        }
    }

    private async Task PlanSubjectsAsync(Run run, Guid schoolId, CancellationToken ct)
    {
        var subjects = (await db.Subjects.ToListAsync(ct)).ToDictionary(s => s.Name.ToUpperInvariant(), StringComparer.Ordinal);
        var nextOrder = subjects.Count == 0 ? 1 : subjects.Values.Max(s => s.SortOrder) + 1;
        var tally = run.Tally("Предметы");
        var inFile = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in run.Table.Rows)
        {
            var errorsBefore = run.Errors.Count;
            var name = run.Text(row, ImportKinds.Subject, 200, required: true);
            var shortName = run.Text(row, ImportKinds.ShortName, 50);
            if (run.Errors.Count > errorsBefore || name is null)
            {
                continue;
            }

            var key = name.ToUpperInvariant();
            if (inFile.TryGetValue(key, out var sameRow))
            {
                run.Error(row, ImportKinds.Subject, $"предмет «{name}» уже есть в строке {sameRow}");
                continue;
            }

            inFile[key] = row.Number;
            if (!subjects.TryGetValue(key, out var subject))
            {
                var standard = Subject.Standard.Select((s, i) => (s.Name, i)).FirstOrDefault(s => s.Name == name);
                subject = new Subject
                {
                    SchoolId = schoolId, Name = name, ShortName = shortName ?? (name.Length <= 50 ? name : name[..50]),
                    SortOrder = standard.Name is null ? nextOrder++ : standard.i + 1,
                };
                db.Subjects.Add(subject);
                subjects[key] = subject;
            }

            subject.ShortName = shortName ?? subject.ShortName;
            tally.Add(subject);
            run.Line(row, subject.Name, subject);
        }
    }

    private async Task PlanCurriculumAsync(Run run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var subjects = await SubjectsByNameAsync(ct);
        var classes = (await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == year.Id).ToListAsync(ct))
            .ToDictionary(c => ClassKey(c.Grade, c.Letter), StringComparer.Ordinal);
        var lines = (await db.CurriculumLines.Where(l => l.AcademicYearId == year.Id).ToListAsync(ct))
            .ToDictionary(l => (l.SubjectId, l.Grade, l.SchoolClassId));
        var tally = run.Tally("Строки учебного плана");
        var inFile = new Dictionary<(Guid, int, Guid?), int>();
        foreach (var row in run.Table.Rows)
        {
            var errorsBefore = run.Errors.Count;
            var subject = run.Lookup(row, ImportKinds.Subject, subjects, "нет такого предмета", required: true);
            var grade = run.Grade(row, ImportKinds.Grade);
            var hours = run.Hours(row, ImportKinds.HoursPerWeek, required: true);
            var schoolClass = run.ClassIn(row, ImportKinds.SchoolClass, classes, year, required: false);
            if (schoolClass is not null && grade is { } g && schoolClass.Grade != g)
            {
                run.Error(row, ImportKinds.SchoolClass, $"класс {schoolClass.Name} не из параллели {g}");
            }

            if (run.Errors.Count > errorsBefore || subject is null || grade is null || hours is null)
            {
                continue;
            }

            var key = (subject.Id, grade.Value, schoolClass?.Id);
            if (inFile.TryGetValue(key, out var sameRow))
            {
                run.Error(row, ImportKinds.Subject, $"эта строка учебного плана уже есть в строке {sameRow}");
                continue;
            }

            inFile[key] = row.Number;
            if (!lines.TryGetValue(key, out var line))
            {
                line = new CurriculumLine
                {
                    SchoolId = schoolId, AcademicYearId = year.Id, SubjectId = subject.Id, Grade = grade.Value, SchoolClassId = schoolClass?.Id,
                };
                db.CurriculumLines.Add(line);
                lines[key] = line;
            }

            line.HoursPerWeek = hours.Value;
            tally.Add(line);
            run.Line(row, $"{subject.Name}, {schoolClass?.Name ?? grade + " параллель"}", line);
        }
    }

    private async Task PlanAssignmentsAsync(Run run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var staff = await StaffByNameAsync(ct);
        var subjects = await SubjectsByNameAsync(ct);
        var classes = (await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == year.Id).ToListAsync(ct))
            .ToDictionary(c => ClassKey(c.Grade, c.Letter), StringComparer.Ordinal);
        var groups = (await db.StudyGroups.AsNoTracking().Where(g => g.AcademicYearId == year.Id).ToListAsync(ct))
            .GroupBy(g => g.Name.ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var assignments = (await db.TeachingAssignments.Where(a => a.AcademicYearId == year.Id).ToListAsync(ct))
            .ToDictionary(a => (a.StaffMemberId, a.SubjectId, a.SchoolClassId, a.StudyGroupId));
        var tally = run.Tally("Учебная нагрузка");
        var inFile = new Dictionary<(Guid, Guid, Guid?, Guid?), int>();
        foreach (var row in run.Table.Rows)
        {
            var errorsBefore = run.Errors.Count;
            var teacher = run.Staff(row, ImportKinds.Teacher, staff, required: true);
            var subject = run.Lookup(row, ImportKinds.Subject, subjects, "нет такого предмета", required: true);
            var hours = run.Hours(row, ImportKinds.HoursPerWeek, required: false);
            SchoolClass? schoolClass = null;
            StudyGroup? group = null;
            var target = run.Text(row, ImportKinds.ClassOrGroup, 100, required: true);
            if (target is not null)
            {
                if (ParseClass(target) is { } parsedClass && classes.TryGetValue(ClassKey(parsedClass.Grade, parsedClass.Letter), out var c))
                {
                    schoolClass = c;
                }
                else if (groups.TryGetValue(target.ToUpperInvariant(), out var found) && found.Count == 1)
                {
                    group = found[0];
                }
                else
                {
                    run.Error(row, ImportKinds.ClassOrGroup, $"нет такого класса или группы в {year.Name} учебном году: «{target}»");
                }
            }

            if (run.Errors.Count > errorsBefore || teacher is null || subject is null || (schoolClass is null && group is null))
            {
                continue;
            }

            var key = (teacher.Id, subject.Id, schoolClass?.Id, group?.Id);
            if (inFile.TryGetValue(key, out var sameRow))
            {
                run.Error(row, ImportKinds.Teacher, $"эта нагрузка уже есть в строке {sameRow}");
                continue;
            }

            inFile[key] = row.Number;
            if (!assignments.TryGetValue(key, out var assignment))
            {
                assignment = new TeachingAssignment
                {
                    SchoolId = schoolId, AcademicYearId = year.Id, StaffMemberId = teacher.Id, SubjectId = subject.Id,
                    SchoolClassId = schoolClass?.Id, StudyGroupId = group?.Id,
                };
                db.TeachingAssignments.Add(assignment);
                assignments[key] = assignment;
            }

            assignment.HoursPerWeek = hours ?? assignment.HoursPerWeek;
            tally.Add(assignment);
            run.Line(row, $"{teacher.FullName}: {subject.Name}, {schoolClass?.Name ?? group!.Name}", assignment);
        }
    }

    private async Task<ILookup<string, StaffMember>> StaffByNameAsync(CancellationToken ct) =>
        (await db.StaffMembers.AsNoTracking().ToListAsync(ct)).ToLookup(s => NameKey(s.LastName, s.FirstName, s.MiddleName));

    private async Task<Dictionary<string, Subject>> SubjectsByNameAsync(CancellationToken ct) =>
        (await db.Subjects.AsNoTracking().ToListAsync(ct)).ToDictionary(s => s.Name.ToUpperInvariant(), StringComparer.Ordinal);

    // ---- Keys and parsing -----------------------------------------------------------------------------------

    internal static string NameKey(string last, string first, string? middle) =>
        PersonName.Full(last, first, middle).ToUpperInvariant().Replace('Ё', 'Е');

    internal static string PhoneKey(string? phone) => new((phone ?? "").Where(char.IsAsciiDigit).ToArray());

    internal static string ClassKey(int grade, string letter) => $"{grade}{letter.ToUpperInvariant()}";

    private static string BornText(DateOnly? date) =>
        date is { } d ? ", " + d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : "";

    /// <summary>«5А», «5 А», «5-а», «10Б» → (5, «А»).</summary>
    internal static (int Grade, string Letter)? ParseClass(string text)
    {
        var match = ClassPattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var grade = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return grade is >= 1 and <= 11 ? (grade, match.Groups[2].Value.ToUpperInvariant()) : null;
    }

    [GeneratedRegex(@"^(\d{1,2})\s*-?\s*(\p{L}[\p{L}\d]{0,9})$")]
    private static partial Regex ClassPattern();

    internal readonly record struct PersonNameParts(string Last, string First, string? Middle);

    private sealed class Tally(string what)
    {
        private readonly HashSet<object> _entities = new(ReferenceEqualityComparer.Instance);

        public void Add(object entity) => _entities.Add(entity);

        public ImportCount Count(PartaDbContext db)
        {
            var states = _entities.Select(e => db.Entry(e).State).ToList();
            return new ImportCount(what, states.Count(s => s == EntityState.Added), states.Count(s => s == EntityState.Modified),
                states.Count(s => s == EntityState.Unchanged));
        }
    }

    /// <summary>One import's file, its errors and its tallies, with the cell readers that report errors by row and column.</summary>
    private sealed class Run(ImportKind kind, SpreadsheetTable table)
    {
        private readonly Dictionary<string, int> _columns = IndexColumns(table.Headers);

        public ImportKind Kind { get; } = kind;
        public SpreadsheetTable Table { get; } = table;
        public List<ImportError> Errors { get; } = [];
        public List<Tally> Tallies { get; } = [];
        public List<(int Row, string Title, object Entity)> Lines { get; } = [];

        public int ColumnIndex(string header) => _columns.TryGetValue(HeaderKey(header), out var i) ? i : -1;

        public Tally Tally(string what)
        {
            var tally = new Tally(what);
            Tallies.Add(tally);
            return tally;
        }

        public void Line(SpreadsheetRow row, string title, object entity) => Lines.Add((row.Number, title, entity));

        public void Error(SpreadsheetRow row, string column, string message) => Errors.Add(new ImportError(row.Number, column, message));

        public string? Cell(SpreadsheetRow row, string header)
        {
            var i = ColumnIndex(header);
            var value = i >= 0 && i < row.Cells.Count ? row.Cells[i].Trim() : "";
            return value.Length == 0 ? null : value;
        }

        public string? Text(SpreadsheetRow row, string header, int maxLength, bool required = false)
        {
            var value = Cell(row, header);
            if (value is null)
            {
                if (required)
                {
                    Error(row, header, "не заполнено");
                }

                return null;
            }

            if (value.Length > maxLength)
            {
                Error(row, header, $"не длиннее {maxLength} символов");
                return null;
            }

            return value;
        }

        public PersonNameParts? Name(SpreadsheetRow row, string header, bool required)
        {
            var value = Text(row, header, 300, required);
            if (value is null)
            {
                return null;
            }

            var parts = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts.Any(p => p.Length > 100))
            {
                Error(row, header, $"нужны фамилия, имя и (если есть) отчество через пробел: «{value}»");
                return null;
            }

            return new PersonNameParts(parts[0], parts[1], parts.Length > 2 ? string.Join(' ', parts[2..]) : null);
        }

        public DateOnly? Date(SpreadsheetRow row, string header, bool required)
        {
            var value = Text(row, header, 30, required);
            if (value is null)
            {
                return null;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 80000)
            {
                // A spreadsheet date whose cell lost its date format: Excel's serial day number.
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            }

            if (!DateOnly.TryParseExact(value, ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || date.Year < 1900 || date.Year > 2100)
            {
                Error(row, header, $"неверная дата «{value}» (нужно ДД.ММ.ГГГГ)");
                return null;
            }

            return date;
        }

        public Gender? Gender(SpreadsheetRow row, string header)
        {
            var value = Text(row, header, 20)?.ToUpperInvariant().TrimEnd('.');
            switch (value)
            {
                case null:
                    return null;
                case "М" or "МУЖ" or "МУЖСКОЙ":
                    return People.Gender.Male;
                case "Ж" or "ЖЕН" or "ЖЕНСКИЙ":
                    return People.Gender.Female;
                default:
                    Error(row, header, $"укажите «м» или «ж», а не «{Cell(row, header)}»");
                    return null;
            }
        }

        public string? Email(SpreadsheetRow row, string header)
        {
            var value = Text(row, header, 200);
            if (value is not null && (!value.Contains('@', StringComparison.Ordinal) || value.Contains(' ', StringComparison.Ordinal)))
            {
                Error(row, header, $"неверный адрес электронной почты «{value}»");
                return null;
            }

            return value;
        }

        public (int Grade, string Letter)? ClassName(SpreadsheetRow row, string header, bool required)
        {
            var value = Text(row, header, 20, required);
            if (value is null)
            {
                return null;
            }

            var parsed = ParseClass(value);
            if (parsed is null)
            {
                Error(row, header, $"неверное название класса «{value}» (нужно, например, «5А»)");
            }

            return parsed;
        }

        public SchoolClass? ClassIn(SpreadsheetRow row, string header, Dictionary<string, SchoolClass> classes, AcademicYear year, bool required)
        {
            if (ClassName(row, header, required) is not { } parsed)
            {
                return null;
            }

            if (!classes.TryGetValue(ClassKey(parsed.Grade, parsed.Letter), out var schoolClass))
            {
                Error(row, header, $"нет класса «{Cell(row, header)}» в {year.Name} учебном году");
            }

            return schoolClass;
        }

        public int? Grade(SpreadsheetRow row, string header)
        {
            var value = Text(row, header, 10, required: true);
            if (value is null)
            {
                return null;
            }

            if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var grade) || grade is < 1 or > 11)
            {
                Error(row, header, $"параллель — число от 1 до 11, а не «{value}»");
                return null;
            }

            return grade;
        }

        public decimal? Hours(SpreadsheetRow row, string header, bool required)
        {
            var value = Text(row, header, 10, required);
            if (value is null)
            {
                return null;
            }

            if (!decimal.TryParse(value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var hours)
                || hours < 0 || hours > 50 || decimal.Round(hours, 2) != hours)
            {
                Error(row, header, $"неверное число часов «{value}»");
                return null;
            }

            return hours;
        }

        public StaffMember? Staff(SpreadsheetRow row, string header, ILookup<string, StaffMember> staff, bool required)
        {
            var name = Name(row, header, required);
            if (name is not { } n)
            {
                return null;
            }

            var found = staff[NameKey(n.Last, n.First, n.Middle)].ToList();
            switch (found.Count)
            {
                case 1:
                    return found[0];
                case 0:
                    Error(row, header, $"нет такого сотрудника: «{Cell(row, header)}»");
                    return null;
                default:
                    Error(row, header, $"в школе несколько сотрудников «{Cell(row, header)}»");
                    return null;
            }
        }

        public T? Lookup<T>(SpreadsheetRow row, string header, Dictionary<string, T> byName, string unknown, bool required)
            where T : class
        {
            var value = Text(row, header, 200, required);
            if (value is null)
            {
                return null;
            }

            if (!byName.TryGetValue(value.ToUpperInvariant(), out var found))
            {
                Error(row, header, $"{unknown}: «{value}»");
            }

            return found;
        }

        private static string HeaderKey(string header) =>
            string.Join(' ', header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant().Replace('Ё', 'Е');

        private static Dictionary<string, int> IndexColumns(IReadOnlyList<string> headers)
        {
            var result = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                result.TryAdd(HeaderKey(headers[i]), i);
            }

            return result;
        }
    }
}
