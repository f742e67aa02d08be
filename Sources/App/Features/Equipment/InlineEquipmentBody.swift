import Equipment
import Foundation
import Hummingbird

/// `PUT /api/equipment/{session_id}/equipment/inline` (platform.md §4.6): a quick setup from a compound class and a
/// tyre size (`225/45R17`, trimmed, case-insensitive).
struct InlineEquipmentBody: Decodable, Sendable {
    var compound_category: CompoundCategory
    var tire_size: String
    var tire_model: String?
    var estimated_mu: Double?
    var vehicle: VehicleSpec?

    static func read(_ request: Request, context: AppRequestContext) async throws -> InlineEquipmentBody {
        let body = try await JSONBody.read(request, context: context)
        _ = try body.requireObject()
        var decoded = try body.decode(InlineEquipmentBody.self)
        decoded.tire_size = decoded.tire_size.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        guard (3...30).contains(decoded.tire_size.count),
              decoded.tire_size.range(of: #"^\d{3}/\d{2}R\d{2}$"#, options: .regularExpression) != nil else {
            throw EquipmentChecks.invalid(["body", "tire_size"], "tire_size must look like 225/45R17")
        }
        try EquipmentChecks.friction(decoded.estimated_mu, at: ["body", "estimated_mu"])
        try EquipmentChecks.vehicle(decoded.vehicle, at: ["body", "vehicle"])
        return decoded
    }

    /// The profile it creates: `Track Day Setup`, tyre `OEM / Stock` unless named, the class default friction unless given.
    var document: EquipmentProfileDocument {
        let tire = TireSpec(model: tire_model.flatMap { $0.isEmpty ? nil : $0 } ?? "OEM / Stock", compound_category: compound_category,
                            size: tire_size, estimated_mu: estimated_mu ?? compound_category.defaultMu, mu_source: .formulaEstimate,
                            mu_confidence: "low")
        return EquipmentProfileDocument(tires: tire, vehicle: vehicle, brakes: nil, suspension: nil, vehicle_overrides: [:], notes: nil)
    }
}
