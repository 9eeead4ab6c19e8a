using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.People;

namespace Parta.Importing;

/// <summary>
/// Rows of students and their parents (законные представители): cards matched, created or updated; a student new to the
/// movement book is admitted into the class of the row. A row's cells are checked by the cards' own rules
/// (<see cref="StudentCard"/>, <see cref="GuardianCard"/>), the same as on the cards' forms.
/// </summary>
internal sealed class StudentsImport(PartaDbContext db, RecordMovementEvent record, TimeProvider time) : IImportKind
{
    /// <summary>The order under which data entry (an import at the start of using the system) admits students.</summary>
    public const string DataEntryOrder = "ввод данных";

    /// <summary>Students new to the movement book, with the class of their row: admitted after the cards are saved.</summary>
    private readonly List<(int Row, Student Student, Guid ClassId)> _admissions = [];

    public async Task PlanAsync(ImportRun run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
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
            var checks = new Checks();
            var card = new StudentCard(
                name?.Last, name?.First, name?.Middle, run.Date(row, ImportKinds.BirthDate, required: true), run.Gender(row, ImportKinds.Gender),
                run.Cell(row, ImportKinds.PersonalFileNumber), run.Cell(row, ImportKinds.Phone), Address: run.Cell(row, ImportKinds.Address))
                .Check(checks, today);
            run.Refusals(row, checks.Errors, StudentColumn);
            var schoolClass = run.ClassIn(row, ImportKinds.SchoolClass, classes, year, required: true);
            var parents = new List<ParentCells>();
            for (var n = 1; n <= 2; n++)
            {
                var relation = run.Cell(row, ImportKinds.ParentRelation(n));
                var parentPhone = run.Cell(row, ImportKinds.ParentPhone(n));
                var parentEmail = run.Cell(row, ImportKinds.ParentEmail(n));
                var anyCell = relation is not null || parentPhone is not null || parentEmail is not null;
                if (run.Name(row, ImportKinds.ParentFullName(n), required: anyCell) is { } pn)
                {
                    var parentChecks = new Checks();
                    var parentCard = new GuardianCard(pn.Last, pn.First, pn.Middle, parentPhone, parentEmail).Check(parentChecks);
                    relation = GuardianCard.CheckRelation(parentChecks, relation, nameof(ParentCells.Relation), required: false);
                    var parent = n;
                    run.Refusals(row, parentChecks.Errors, field => ParentColumn(parent, field));
                    parents.Add(new ParentCells(parentCard, relation ?? "родитель"));
                }
            }

            if (run.Errors.Count > errorsBefore || card.BirthDate is not { } birthDate || schoolClass is null)
            {
                continue;
            }

            var fileNumber = card.PersonalFileNumber;
            var personKey = (ImportKeys.NameKey(card.LastName!, card.FirstName!, card.MiddleName), (DateOnly?)birthDate);
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
                student = new Student { SchoolId = schoolId, LastName = card.LastName!, FirstName = card.FirstName! };
                db.Students.Add(student);
            }

            if (inTheBook.Contains(student.Id) && student.SchoolClassId != schoolClass.Id)
            {
                // Once a student is in the movement book, only the book moves them between classes.
                run.Error(row, ImportKinds.SchoolClass,
                    $"{student.FullName} числится в другом классе по книге движения: перевод оформляется в книге движения");
                continue;
            }

            student.LastName = card.LastName!;
            student.FirstName = card.FirstName!;
            student.MiddleName = card.MiddleName ?? student.MiddleName;
            student.BirthDate = birthDate;
            student.Gender = card.Gender ?? student.Gender;
            student.PersonalFileNumber = fileNumber ?? student.PersonalFileNumber;
            if (!inTheBook.Contains(student.Id))
            {
                _admissions.Add((row.Number, student, schoolClass.Id));
            }

            student.Address = card.Address ?? student.Address;
            student.Phone = card.Phone ?? student.Phone;
            studentTally.Add(student);
            run.Line(row, student.FullName, student);

            if (!linksByStudent.TryGetValue(student.Id, out var studentLinks))
            {
                linksByStudent[student.Id] = studentLinks = [];
            }

            foreach (var parent in parents)
            {
                var parentKey = ImportKeys.NameKey(parent.Card.LastName!, parent.Card.FirstName!, parent.Card.MiddleName);
                var candidates = studentLinks
                    .Where(l => guardianById.TryGetValue(l.GuardianId, out var g) && ImportKeys.NameKey(g.LastName, g.FirstName, g.MiddleName) == parentKey)
                    .ToList();
                var link = candidates.FirstOrDefault(l => ImportKeys.PhoneKey(guardianById[l.GuardianId].Phone) == ImportKeys.PhoneKey(parent.Card.Phone))
                    ?? candidates.FirstOrDefault();
                Guardian guardian;
                if (link is not null)
                {
                    guardian = guardianById[link.GuardianId];
                    link.Relation = parent.Relation;
                }
                else
                {
                    var phoneKey = ImportKeys.PhoneKey(parent.Card.Phone);
                    if (phoneKey.Length == 0 || !guardianByNameAndPhone.TryGetValue((parentKey, phoneKey), out guardian!))
                    {
                        guardian = new Guardian
                        {
                            SchoolId = schoolId, LastName = parent.Card.LastName!, FirstName = parent.Card.FirstName!, MiddleName = parent.Card.MiddleName,
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

                guardian.MiddleName = parent.Card.MiddleName ?? guardian.MiddleName;
                guardian.Phone = parent.Card.Phone ?? guardian.Phone;
                guardian.Email = parent.Card.Email ?? guardian.Email;
                guardianTally.Add(guardian);
                linkTally.Add(link);
            }
        }
    }

    /// <summary>
    /// A student who is not yet in the movement book enters it as admitted into the class of their row on the first day
    /// of the year, under the data-entry order: through <see cref="RecordMovementEvent"/>, the book's one rule, as any
    /// admission, and without a personal file number gets the next one by <see cref="PersonalFileNumbers"/>, as
    /// <see cref="AdmitStudent"/> gives it. The class is never written onto the card here.
    /// </summary>
    public async Task<IReadOnlyList<ImportError>> AfterSaveAsync(ImportRun run, AcademicYear year, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var particulars = new MovementParticulars(year.Start, DataEntryOrder, year.Start, DataEntryOrder);
        for (var i = 0; i < _admissions.Count; i++)
        {
            var (row, student, classId) = _admissions[i];
            // The cards are saved: each admission starts from an empty tracker, so no save looks over the others.
            db.ChangeTracker.Clear();
            if (student.PersonalFileNumber is null)
            {
                // Numbered by the alphabetical book's rule, as a student admitted on the movement page is (AdmitStudent);
                // the admission below saves the number with the student's row.
                var card = await db.Students.FirstAsync(s => s.Id == student.Id, ct);
                card.PersonalFileNumber = await PersonalFileNumbers.NextAsync(db, card.LastName, ct);
            }

            var admitted = await record.HandleAsync(new RecordMovementEvent.Request(student.Id, MovementKind.OpeningEnrolment, classId, particulars), ct);
            errors.AddRange(admitted.Errors.Select(e => new ImportError(row, ImportKinds.SchoolClass, e.Message)));
        }

        return errors;
    }

    /// <summary>The column a field of the student's card is read from.</summary>
    private static string StudentColumn(string field) => field switch
    {
        nameof(StudentCard.BirthDate) => ImportKinds.BirthDate,
        nameof(StudentCard.Gender) => ImportKinds.Gender,
        nameof(StudentCard.PersonalFileNumber) => ImportKinds.PersonalFileNumber,
        nameof(StudentCard.Phone) => ImportKinds.Phone,
        nameof(StudentCard.Address) => ImportKinds.Address,
        _ => ImportKinds.FullName,
    };

    /// <summary>The column a field of the <paramref name="n"/>th parent's card is read from.</summary>
    private static string ParentColumn(int n, string field) => field switch
    {
        nameof(GuardianCard.Phone) => ImportKinds.ParentPhone(n),
        nameof(GuardianCard.Email) => ImportKinds.ParentEmail(n),
        nameof(ParentCells.Relation) => ImportKinds.ParentRelation(n),
        _ => ImportKinds.ParentFullName(n),
    };

    private sealed record ParentCells(GuardianCard Card, string Relation);
}
