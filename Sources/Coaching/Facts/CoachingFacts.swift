/// Everything a coach may say about one session, computed once from its analyses: the built-in coach writes its
/// report from these, and an LLM provider gets the same facts (as JSON) in its prompt. Pure data, no telemetry.
/// Every number is finite; SI units (m, m/s, s, g).
public struct CoachingFacts: Sendable, Codable, Equatable {
    public var skill: CoachingSkill
    public var trackName: String
    /// Corners detected on the session (grades and priorities only name corners `1...cornerCount`).
    public var cornerCount: Int
    /// Laps, consistency, gains, optimal lap, grip, GPS quality.
    public var session: SessionFacts?
    /// One entry per detected corner, in order (`corners[i].number == i + 1`).
    public var corners: [CornerFacts]
    /// Brake fade and tyre degradation trends.
    public var degradation: [DegradationFact]
    /// Anomalous laps and laps that lost time at one corner.
    public var incidents: [LapIncident]
    /// Equipment and weather, when known.
    public var context: CoachingContext?

    public init(skill: CoachingSkill, trackName: String, cornerCount: Int, session: SessionFacts? = nil,
                corners: [CornerFacts] = [], degradation: [DegradationFact] = [], incidents: [LapIncident] = [],
                context: CoachingContext? = nil) {
        self.skill = skill
        self.trackName = trackName
        self.cornerCount = cornerCount
        self.session = session
        self.corners = corners
        self.degradation = degradation
        self.incidents = incidents
        self.context = context
    }
}
