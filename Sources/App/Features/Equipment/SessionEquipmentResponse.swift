import Equipment
import Weather
import Foundation
import Storage
import TelemetryCore

/// The session equipment response of platform.md §4.6.
struct SessionEquipmentResponse: Codable, Sendable, Equatable {
    var session_id: String
    var profile_id: String
    var profile_name: String
    var overrides: [String: Double]
    var tires: TireSpec
    @Nullable var brakes: BrakeSpec?
    @Nullable var suspension: SuspensionSpec?
    @Nullable var conditions: SessionWeather?

    init(_ assignment: SessionEquipmentRecord, _ profile: EquipmentProfileRecord, _ document: EquipmentProfileDocument) {
        session_id = assignment.sessionID
        profile_id = profile.id
        profile_name = profile.name
        overrides = assignment.overrides
        tires = document.tires
        brakes = document.brakes
        suspension = document.suspension
        conditions = assignment.conditions
    }
}
