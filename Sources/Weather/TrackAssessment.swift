/// What `TrackConditionModel` concludes about the track surface at the session.
public struct TrackAssessment: Sendable, Equatable {
    /// `dry`, `damp` or `wet`.
    public var condition: TrackCondition
    /// The water film at the session time, mm (finite, ≥ 0); nil when the water balance could not run.
    public var surfaceWaterMm: Double?
    /// 0…1: lower when data is missing, when the film is near a threshold or changes class soon after the session.
    public var confidence: Double
    /// Which rule decided.
    public var method: AssessmentMethod

    /// An assessment.
    public init(condition: TrackCondition, surfaceWaterMm: Double?, confidence: Double, method: AssessmentMethod) {
        self.condition = condition
        self.surfaceWaterMm = surfaceWaterMm
        self.confidence = confidence
        self.method = method
    }
}
