/// How a `TrackAssessment` was reached.
public enum AssessmentMethod: String, Sendable, Equatable {
    /// The surface-water balance over the 12 h before and 2 h after the session.
    case waterBalance
    /// The legacy thresholds on the session hour's precipitation (the series did not cover the look-back).
    case precipitationThreshold
    /// No precipitation known at all: `dry` by default, with a very low confidence.
    case noData
}
