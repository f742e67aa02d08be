import Equipment
import Foundation
import Hummingbird

/// The create and update body of a profile (platform.md §4.5; update replaces everything): `name` 1–100 characters,
/// `tires` required, `vehicle_overrides` keys among the five the physics reads.
struct EquipmentProfileBody: Decodable, Sendable {
    static let overrideKeys: Set<String> = ["weight_kg", "cg_height_m", "weight_dist_front_pct", "hp", "torque_nm"]

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
        guard (1...100).contains(trimmed.count) else { throw Self.invalid(["body", "name"], "name must be 1 to 100 characters") }
        guard tires.estimated_mu.isFinite, tires.estimated_mu > 0, tires.estimated_mu <= 3 else {
            throw Self.invalid(["body", "tires", "estimated_mu"], "estimated_mu must be a friction coefficient above 0 and at most 3")
        }
        if let pressure = tires.pressure_psi, !(pressure.isFinite && pressure > 0) {
            throw Self.invalid(["body", "tires", "pressure_psi"], "pressure_psi must be a positive number")
        }
        if let vehicle, !vehicle.isValid {
            throw Self.invalid(["body", "vehicle", "year_range"],
                               "vehicle.year_range must be [start, end] with start <= end, and its measurements positive numbers")
        }
        let unknown = Set((vehicle_overrides ?? [:]).keys).subtracting(Self.overrideKeys)
        guard unknown.isEmpty else {
            throw Self.invalid(["body", "vehicle_overrides"],
                               "vehicle_overrides keys must be among \(Self.overrideKeys.sorted().joined(separator: ", ")); got \(unknown.sorted().joined(separator: ", "))")
        }
        guard (vehicle_overrides ?? [:]).values.allSatisfy({ $0.isFinite && $0 > 0 }) else {
            throw Self.invalid(["body", "vehicle_overrides"], "vehicle_overrides values must be positive numbers")
        }
    }

    var document: EquipmentProfileDocument {
        EquipmentProfileDocument(tires: tires.normalized, vehicle: vehicle, brakes: brakes, suspension: suspension,
                                 vehicle_overrides: vehicle_overrides ?? [:], notes: notes)
    }

    static func invalid(_ loc: [String], _ message: String) -> AppError {
        AppError.validation([ValidationIssue(type: "value_error", loc: loc, msg: message)])
    }
}
