/// How a session's laps were timed (`lap_timing`).
public enum LapTiming: String, Sendable, Codable {
    /// RaceChrono's `lap_number` column.
    case lapNumbers = "lap_numbers"
    /// A gate learned from an earlier lap-numbered session at the same place.
    case learnedGate = "learned_gate"
    /// A gate placed automatically on the trace (no lap numbers, no known gate).
    case autoGate = "auto_gate"
}
