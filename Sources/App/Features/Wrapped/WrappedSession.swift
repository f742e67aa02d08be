import Coaching
import Foundation

/// One of the user's sessions as the recap reads it: the stored row's numbers and its latest report's grades.
struct WrappedSession: Sendable {
    var trackName: String
    var date: Date
    var nLaps: Int
    var bestLapTimeS: Double?
    var bestLapDistanceM: Double?
    var avgLapTimeS: Double?
    var consistencyScore: Double?
    /// The corner grades of the session's most recent ready report; empty without one.
    var grades: [CornerGrade]
}
