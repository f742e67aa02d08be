import Coaching
import Equipment
import Foundation
import Storage
import TelemetryCore
import Weather

/// What a session was driven with (platform.md §4.6, §2.9): its assigned equipment profile with the assignment's
/// overrides, and its conditions: the stored weather (which carries a manual track condition), else the conditions
/// given with the assignment. Read once; the physics and the coach each take their view of it.
struct SessionSetup: Sendable {
    var profileID: String?
    var profileName: String?
    var document: EquipmentProfileDocument?
    var overrides: [String: Double] = [:]
    var conditions: SessionWeather?

    init() {}

    /// The stored setup decoded; the stored weather's conditions win over the assignment's.
    init(_ record: SessionSetupRecord) {
        if let assignment = record.assignment, let profile = record.profile {
            profileID = profile.id
            profileName = profile.name
            document = EquipmentProfileDocument.decode(profile.documentJSON)
            overrides = assignment.overrides
            conditions = assignment.conditions
        }
        if let stored = record.weatherJSON.flatMap(WeatherService.decode) { conditions = stored }
    }

    /// The physics' view: nil without equipment (the optimal profile then fits the telemetry).
    var vehicleSetup: VehicleSetup? {
        guard let profileID, let document else { return nil }
        let tire = document.tires
        let mu = tire.estimated_mu.isFinite && tire.estimated_mu > 0 ? tire.estimated_mu : tire.compound_category.defaultMu
        let grip = conditions.flatMap { TrackCondition(rawValue: $0.track_condition) }?.gripShare ?? 1
        return VehicleSetup(profileID: profileID, tyreMu: mu, surfaceGrip: grip, ambientTempC: conditions?.ambient_temp_c,
                            car: document.vehicle.flatMap { car($0) })
    }

    /// The coach's view: the tyre and the weather (nil when neither is known).
    var coachingContext: CoachingContext? {
        let tire = document?.tires
        guard tire != nil || conditions != nil else { return nil }
        return CoachingContext(tireModel: tire?.model, compoundCategory: tire?.compound_category.rawValue,
                               trackCondition: conditions?.track_condition, ambientTempC: conditions?.ambient_temp_c,
                               trackTempC: conditions?.track_temp_c, humidityPct: conditions?.humidity_pct)
    }

    /// The profile's car with its overrides, then the assignment's, applied (§4.5 override keys), and the drag area
    /// and power band of the same car in the vehicle database when it is there. An unknown drivetrain is taken as
    /// all-wheel drive: traction then limited by the tyre alone.
    private func car(_ vehicle: VehicleSpec) -> VehicleSetup.Car? {
        let published = ReferenceCatalogue.bundled.vehicle(make: vehicle.make, model: vehicle.model, generation: vehicle.generation)
        let values = (document?.vehicle_overrides ?? [:]).merging(overrides) { $1 }
        let mass = values["weight_kg"] ?? vehicle.weight_kg
        let power = values["hp"] ?? Double(vehicle.hp)
        guard mass > 0, power > 0, mass.isFinite, power.isFinite else { return nil }
        return VehicleSetup.Car(
            massKg: mass, enginePowerHp: power,
            drivetrain: VehicleSetup.Drivetrain(code: vehicle.drivetrain) ?? .all,
            frontWeightShare: (values["weight_dist_front_pct"] ?? vehicle.weight_dist_front_pct) / 100,
            cgHeightM: values["cg_height_m"] ?? vehicle.cg_height_m, wheelbaseM: vehicle.wheelbase_m, hasAero: vehicle.has_aero,
            dragAreaM2: published.map(\.cd_a), powerBandFactor: published?.power_band_factor ?? CarPhysics.typicalPowerBandFactor)
    }
}
