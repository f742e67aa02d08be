import Weather
import Hummingbird

/// `PUT /api/equipment/{session_id}/equipment`: `{"profile_id": "eq_…", "overrides": {}, "conditions": …|null}`;
/// the overrides take the profile's `vehicle_overrides` keys.
struct SessionEquipmentBody: Decodable, Sendable {
    var profile_id: String
    var overrides: [String: Double]?
    /// The conditions object of §4.2 — the §2.5 weather object.
    var conditions: SessionWeather?

    static func read(_ request: Request, context: AppRequestContext) async throws -> SessionEquipmentBody {
        let body = try await JSONBody.read(request, context: context)
        _ = try body.requireObject()
        let decoded = try body.decode(SessionEquipmentBody.self)
        try EquipmentChecks.overrides(decoded.overrides, at: ["body", "overrides"])
        if let condition = decoded.conditions?.track_condition, TrackCondition(rawValue: condition) == nil {
            throw EquipmentChecks.invalid(["body", "conditions", "track_condition"], "track_condition must be dry, damp or wet")
        }
        return decoded
    }
}
