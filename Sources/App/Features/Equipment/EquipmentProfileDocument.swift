import Equipment
import Foundation
import TelemetryCore

/// A profile's content as stored (`equipment_profiles.document_json`) and as the API shows it besides `id`, `name`
/// and `is_default` (platform.md §4.5).
struct EquipmentProfileDocument: Codable, Sendable, Equatable {
    var tires: TireSpec
    @Nullable var vehicle: VehicleSpec?
    @Nullable var brakes: BrakeSpec?
    @Nullable var suspension: SuspensionSpec?
    var vehicle_overrides: [String: Double]
    @Nullable var notes: String?

    var json: String { String(decoding: (try? JSONCoding.encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self) }

    static func decode(_ json: String) -> EquipmentProfileDocument? {
        try? JSONCoding.decoder.decode(EquipmentProfileDocument.self, from: Data(json.utf8))
    }
}
