/// A report to write: a session at one skill level, claimed by one worker.
public struct CoachingJob: Sendable, Hashable {
    public var sessionID: String
    public var skillLevel: String

    public init(sessionID: String, skillLevel: String) {
        self.sessionID = sessionID
        self.skillLevel = skillLevel
    }
}
