/// What the chat coach may cite about one session: the coaching facts plus per-lap numbers (lap time, and per corner
/// on that lap: min speed m/s, brake point m, peak decel g, apex-to-throttle m where known). Codable (the app stores
/// it and sends it to an LLM as JSON). Every number finite.
public struct ChatFacts: Sendable, Codable, Equatable {
    /// The facts the coaching report is written from.
    public var coaching: CoachingFacts
    /// Every timed lap, ascending by lap number.
    public var laps: [ChatLap]

    /// Creates chat facts (`ChatFacts.make(from:skill:)` derives them from a session).
    public init(coaching: CoachingFacts, laps: [ChatLap]) {
        self.coaching = coaching
        self.laps = laps
    }

    /// Lap `n`, when it is a timed lap.
    public func lap(_ n: Int) -> ChatLap? { laps.first { $0.lapNumber == n } }

    /// Corner `n`, when the session detected it.
    public func corner(_ n: Int) -> CornerFacts? { coaching.corners.first { $0.number == n } }
}
