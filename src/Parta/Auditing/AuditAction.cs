using Parta.Data;

namespace Parta.Auditing;

public enum AuditAction
{
    Created = 1,
    Changed = 2,
    Deleted = 3,
}
