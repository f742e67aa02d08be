import Coaching
import TelemetryCore

extension SessionScore.CornerGrades {
    /// The grades the session score and the comparison's skill dimensions read from a report's corner grade.
    init(_ grade: CornerGrade) {
        self.init(braking: grade.braking, trailBraking: grade.trail_braking, minSpeed: grade.min_speed, throttle: grade.throttle)
    }
}
