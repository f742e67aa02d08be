import Equipment
import Foundation
import Hummingbird

/// The create and update body of a profile (platform.md §4.5; update replaces everything): `name` 1–100 characters,
/// `tires` required, `vehicle_overrides` keys among the five the physics reads.
struct EquipmentProfileBody: Decodable, Sendable {
    var name: String
    var tires: TireSpec
    var vehicle: VehicleSpec?
    var brakes: BrakeSpec?
    var suspension: SuspensionSpec?
    var vehicle_overrides: [String: Double]?
    var notes: String?
    var is_default: Bool?

    static func read(_ request: Request, context: AppRequestContext) async throws -> EquipmentProfileBody {
        let body = try await JSONBody.read(request, context: context)
        _ = try body.requireObject()
        let decoded = try body.decode(EquipmentProfileBody.self)
        try decoded.validate()
        return decoded
    }

    func validate() throws {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...100).contains(trimmed.count) else { throw EquipmentChecks.invalid(["body", "name"], "name must be 1 to 100 characters") }
        try EquipmentChecks.friction(tires.estimated_mu, at: ["body", "tires", "estimated_mu"])
        if let pressure = tires.pressure_psi, !(pressure.isFinite && pressure > 0) {
            throw EquipmentChecks.invalid(["body", "tires", "pressure_psi"], "pressure_psi must be a positive number")
        }
        try EquipmentChecks.vehicle(vehicle, at: ["body", "vehicle"])
        try EquipmentChecks.overrides(vehicle_overrides, at: ["body", "vehicle_overrides"])
    }

    var document: EquipmentProfileDocument {
        EquipmentProfileDocument(tires: tires.normalized, vehicle: vehicle, brakes: brakes, suspension: suspension,
                                 vehicle_overrides: vehicle_overrides ?? [:], notes: notes)
    }
}
