/// What a chat question asks about (the built-in chat coach answers each kind from the facts).
enum ChatIntent: Equatable {
    /// One corner, optionally on one lap ("T5", "turn 5 on lap 3").
    case corner(Int, lap: Int?)
    /// One lap ("lap 3").
    case lap(Int)
    /// Two laps side by side ("lap 3 vs lap 5").
    case laps(Int, Int)
    /// The fastest or the slowest timed lap, named without a number.
    case bestLap, slowestLap
    /// Where the time is ("where am I losing time").
    case losingTime
    /// Brake points and deceleration.
    case braking
    /// Lap and corner consistency.
    case consistency
    /// The session overall ("how did I do").
    case summary
    /// None of the above.
    case unknown
}
