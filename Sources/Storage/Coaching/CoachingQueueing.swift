/// How a new generation treats the row already there.
public enum CoachingQueueing: Sendable {
    /// Only when the session has no row at this level at all (the upload trigger of §3.2).
    case ifAbsent
    /// Replaces a written report (forced, stale or failed); a generation already running is left alone.
    case unlessGenerating
}
