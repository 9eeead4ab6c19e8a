using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.People;

namespace Parta.Importing;

/// <summary>Rows of students and their parents (законные представители): cards matched, created or updated; a student new to the movement book is admitted into the class of the row.</summary>
internal sealed class StudentsImport(PartaDbContext db, RecordMovementEvent record) : IImportKind
{
    /// <summary>The order under which data entry (an import at the start of using the system) admits students.</summary>
    public const string DataEntryOrder = "ввод данных";

    /// <summary>Students new to the movement book, with the class of their row: admitted after the cards are saved.</summary>
    private readonly List<(int Row, Student Student, Guid ClassId)> _admissions = [];

    public async Task PlanAsync(ImportRun run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var classes = (await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == year.Id).ToListAsync(ct))
            .ToDictionary(c => ImportKeys.ClassKey(c.Grade, c.Letter), StringComparer.Ordinal);
        var students = await db.Students.ToListAsync(ct);
        var inTheBook = (await db.MovementEvents.AsNoTracking().Where(e => !e.Cancelled).Select(e => e.StudentId).Distinct().ToListAsync(ct))
            .ToHashSet();
        var guardians = await db.Guardians.ToListAsync(ct);
        var links = await db.Guardianships.ToListAsync(ct);
        var guardianById = guardians.ToDictionary(g => g.Id);
        var byFileNumber = students.Where(s => !string.IsNullOrEmpty(s.PersonalFileNumber))
            .ToDictionary(s => s.PersonalFileNumber!.ToUpperInvariant(), StringComparer.Ordinal);
        var byNameAndBirth = students.ToLookup(s => (ImportKeys.NameKey(s.LastName, s.FirstName, s.MiddleName), s.BirthDate));
        var linksByStudent = links.GroupBy(l => l.StudentId).ToDictionary(g => g.Key, g => g.ToList());
        var guardianByNameAndPhone = new Dictionary<(string, string), Guardian>();
        foreach (var g in guardians.Where(g => ImportKeys.PhoneKey(g.Phone).Length > 0))
        {
            guardianByNameAndPhone.TryAdd((ImportKeys.NameKey(g.LastName, g.FirstName, g.MiddleName), ImportKeys.PhoneKey(g.Phone)), g);
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

            var personKey = (ImportKeys.NameKey(fullName.Last, fullName.First, fullName.Middle), birthDate);
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
                    if (ImportKeys.NameKey(holder.LastName, holder.FirstName, holder.MiddleName) != personKey.Item1
                        || (holder.BirthDate is not null && holder.BirthDate != birthDate))
                    {
                        run.Error(row, ImportKinds.PersonalFileNumber,
                            $"номер личного дела «{fileNumber}» уже у другого учащегося: {holder.FullName}{ImportKeys.BornText(holder.BirthDate)}");
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
            if (!inTheBook.Contains(student.Id))
            {
                _admissions.Add((row.Number, student, schoolClass.Id));
            }

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
                var parentKey = ImportKeys.NameKey(parent.Name.Last, parent.Name.First, parent.Name.Middle);
                var candidates = studentLinks
                    .Where(l => guardianById.TryGetValue(l.GuardianId, out var g) && ImportKeys.NameKey(g.LastName, g.FirstName, g.MiddleName) == parentKey)
                    .ToList();
                var link = candidates.FirstOrDefault(l => ImportKeys.PhoneKey(guardianById[l.GuardianId].Phone) == ImportKeys.PhoneKey(parent.Phone))
                    ?? candidates.FirstOrDefault();
                Guardian guardian;
                if (link is not null)
                {
                    guardian = guardianById[link.GuardianId];
                    link.Relation = parent.Relation;
                }
                else
                {
                    var phoneKey = ImportKeys.PhoneKey(parent.Phone);
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

    /// <summary>
    /// A student who is not yet in the movement book enters it as admitted into the class of their row on the first day
    /// of the year, under the data-entry order: through <see cref="RecordMovementEvent"/>, the book's one rule, as any
    /// admission. The class is never written onto the card here.
    /// </summary>
    public async Task<IReadOnlyList<ImportError>> AfterSaveAsync(ImportRun run, AcademicYear year, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var particulars = new MovementParticulars(year.Start, DataEntryOrder, year.Start, DataEntryOrder);
        foreach (var (row, student, classId) in _admissions)
        {
            // The cards are saved: each admission starts from a clean tracker, so none of them re-checks the whole file.
            db.ChangeTracker.Clear();
            var admitted = await record.HandleAsync(new RecordMovementEvent.Request(student.Id, MovementKind.Admission, classId, particulars), ct);
            errors.AddRange(admitted.Errors.Select(e => new ImportError(row, ImportKinds.SchoolClass, e.Message)));
        }

        return errors;
    }

    private sealed record ParentCells(PersonNameParts Name, string Relation, string? Phone, string? Email);
}
