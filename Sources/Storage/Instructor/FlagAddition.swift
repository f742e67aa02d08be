/// What adding a manual flag did.
public enum FlagAddition: Sendable, Equatable {
    case added(StudentFlag)
    /// The flag names a session that is not one of the student's; nothing was stored.
    case unknownSession
}
