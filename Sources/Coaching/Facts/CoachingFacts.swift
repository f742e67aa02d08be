/// Everything a coach may say about one session, computed once from its analyses: the built-in coach writes its
/// report from these, and an LLM provider gets the same facts (as JSON) in its prompt. Pure data, no telemetry.
public struct CoachingFacts: Sendable, Codable, Equatable {
    public var skill: CoachingSkill
    public var trackName: String
    /// Corners detected on the session (grades and priorities only name corners `1...cornerCount`).
    public var cornerCount: Int

    public init(skill: CoachingSkill, trackName: String, cornerCount: Int) {
        self.skill = skill
        self.trackName = trackName
        self.cornerCount = cornerCount
    }
}
