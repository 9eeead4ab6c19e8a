using Parta.Data;

namespace Parta.Access;

public enum LoginOutcome
{
    Succeeded = 1,
    WrongPassword = 2,
    LockedOut = 3,
    Blocked = 4,
    RateLimited = 5,
    SignedOut = 6,
}
