namespace Parta.Movement;

/// <summary>The kinds of events of the movement book (книга движения учащихся).</summary>
public enum MovementKind
{
    /// <summary>Прибытие / зачисление into a class.</summary>
    Admission = 1,

    /// <summary>Перевод в другой класс of the same school.</summary>
    Transfer = 2,

    /// <summary>Перевод в следующий класс at the end of the year.</summary>
    Promotion = 3,

    /// <summary>Условный перевод, with academic debt.</summary>
    ConditionalPromotion = 4,

    /// <summary>Оставление на повторное обучение (into a class of the same grade of the next year).</summary>
    Retention = 5,

    /// <summary>Выбытие.</summary>
    Withdrawal = 6,

    /// <summary>Восстановление after a withdrawal.</summary>
    Reinstatement = 7,

    /// <summary>
    /// Зачисление на начало учёта (ввод остатков): a student who is already in the school when the school starts keeping
    /// its book in Parta (the import and the demo record these). Counted «на начало» of a report, never as an arrival;
    /// only a student's first record.
    /// </summary>
    OpeningEnrolment = 8,
}

public enum WithdrawalReason
{
    TransferToAnotherSchool = 1,
    Moving = 2,
    Graduation = 3,
    Other = 4,
}

public static class MovementKinds
{
    /// <summary>Events after which the student is in a class (all but withdrawal).</summary>
    public static bool LeadsIntoClass(this MovementKind kind) => kind != MovementKind.Withdrawal;

    /// <summary>Events that need the student to be in the school on the date.</summary>
    public static bool NeedsStudentInSchool(this MovementKind kind) =>
        kind is not (MovementKind.Admission or MovementKind.Reinstatement or MovementKind.OpeningEnrolment);

    /// <summary>Events that may be a new student's first record (and so come with a new card).</summary>
    public static bool AdmitsNewStudent(this MovementKind kind) => kind is MovementKind.Admission or MovementKind.OpeningEnrolment;

    /// <summary>Events that name another school: where an arrival came from, where a leaver went («откуда прибыл», «куда выбыл»).</summary>
    public static bool NamesOtherSchool(this MovementKind kind) => kind is MovementKind.Admission or MovementKind.Withdrawal;

    public static string Title(this MovementKind kind) => kind switch
    {
        MovementKind.Admission => "Прибытие",
        MovementKind.Transfer => "Перевод в другой класс",
        MovementKind.Promotion => "Перевод в следующий класс",
        MovementKind.ConditionalPromotion => "Условный перевод",
        MovementKind.Retention => "Оставлен на повторное обучение",
        MovementKind.Withdrawal => "Выбытие",
        MovementKind.Reinstatement => "Восстановление",
        MovementKind.OpeningEnrolment => "Зачисление на начало учёта",
        _ => kind.ToString(),
    };

    public static string Title(this WithdrawalReason reason) => reason switch
    {
        WithdrawalReason.TransferToAnotherSchool => "перевод в другую образовательную организацию",
        WithdrawalReason.Moving => "переезд",
        WithdrawalReason.Graduation => "окончание школы (выпуск)",
        WithdrawalReason.Other => "другое",
        _ => reason.ToString(),
    };
}
