using Parta.Data;
using Parta.Organisation;

namespace Parta.Access;

public enum PersonKind
{
    Student = 1,
    Guardian = 2,
    Staff = 3,
}
