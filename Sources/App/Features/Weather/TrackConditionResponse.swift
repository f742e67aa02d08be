/// `PATCH /api/sessions/{id}/track-condition`'s answer.
struct TrackConditionResponse: Codable, Sendable {
    var track_condition: String
    var track_condition_is_manual: Bool
}
