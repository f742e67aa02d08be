import Equipment
import Foundation
import Storage
import TelemetryCore

/// `EquipmentProfile` of platform.md §4.5: the request's fields plus `id`.
struct EquipmentProfile: Codable, Sendable, Equatable {
    var id: String
    var name: String
    var tires: TireSpec
    @Nullable var vehicle: VehicleSpec?
    @Nullable var brakes: BrakeSpec?
    @Nullable var suspension: SuspensionSpec?
    var vehicle_overrides: [String: Double]
    @Nullable var notes: String?
    var is_default: Bool

    init(_ record: EquipmentProfileRecord, _ document: EquipmentProfileDocument) {
        id = record.id
        name = record.name
        tires = document.tires
        vehicle = document.vehicle
        brakes = document.brakes
        suspension = document.suspension
        vehicle_overrides = document.vehicle_overrides
        notes = document.notes
        is_default = record.isDefault
    }
}
