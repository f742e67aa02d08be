import Equipment
import Hummingbird

/// `PUT /api/equipment/{session_id}/equipment`: `{"profile_id": "eq_…", "overrides": {}, "conditions": …|null}`;
/// the overrides take the profile's `vehicle_overrides` keys.
struct SessionEquipmentBody: Decodable, Sendable {
    var profile_id: String
    var overrides: [String: Double]?
    var conditions: SessionConditions?

    static func read(_ request: Request, context: AppRequestContext) async throws -> SessionEquipmentBody {
        let body = try await JSONBody.read(request, context: context)
        _ = try body.requireObject()
        let decoded = try body.decode(SessionEquipmentBody.self)
        try EquipmentChecks.overrides(decoded.overrides, at: ["body", "overrides"])
        return decoded
    }
}
