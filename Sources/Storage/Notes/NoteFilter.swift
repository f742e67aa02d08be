/// Which of the owner's notes a list returns: one session's, only global ones, or all; optionally one anchor type.
public struct NoteFilter: Sendable, Equatable {
    public var sessionID: String?
    /// Only notes without a session (ignored when `sessionID` is given).
    public var globalOnly: Bool
    public var anchorType: String?

    public init(sessionID: String? = nil, globalOnly: Bool = false, anchorType: String? = nil) {
        self.sessionID = sessionID
        self.globalOnly = globalOnly
        self.anchorType = anchorType
    }
}
