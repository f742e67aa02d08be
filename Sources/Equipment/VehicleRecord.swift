/// One car of the bundled vehicle database (`Resources/vehicles.json`, published specifications): the API's
/// `VehicleSpec` plus its slug and the aerodynamic and power-band figures the physics reads.
public struct VehicleRecord: Sendable, Codable, Equatable {
    public var slug: String
    public var make: String
    public var model: String
    public var generation: String
    public var year_range: [Int]
    public var weight_kg: Double
    public var wheelbase_m: Double
    public var track_width_front_m: Double
    public var track_width_rear_m: Double
    public var cg_height_m: Double
    public var weight_dist_front_pct: Double
    public var drivetrain: String
    public var hp: Int
    public var torque_nm: Int
    public var has_aero: Bool
    /// Drag area Cd·A (m²) and lift area Cl·A (m², negative: downforce).
    public var cd_a: Double
    public var cl_a: Double
    public var stock_tire_size_front: String?
    public var stock_tire_size_rear: String?
    /// The share of peak power available on average over a lap's speed range (gearing, power band).
    public var power_band_factor: Double

    /// The `VehicleSpec` the API returns.
    public var spec: VehicleSpec {
        VehicleSpec(make: make, model: model, generation: generation, year_range: year_range, weight_kg: weight_kg,
                    wheelbase_m: wheelbase_m, track_width_front_m: track_width_front_m, track_width_rear_m: track_width_rear_m,
                    cg_height_m: cg_height_m, weight_dist_front_pct: weight_dist_front_pct, drivetrain: drivetrain, hp: hp,
                    torque_nm: torque_nm, has_aero: has_aero, stock_tire_size_front: stock_tire_size_front,
                    stock_tire_size_rear: stock_tire_size_rear, notes: nil)
    }

    /// The search result shape (§4.3).
    public var summary: VehicleSummary {
        VehicleSummary(slug: slug, make: make, model: model, generation: generation, year_range: year_range, hp: hp,
                       weight_kg: weight_kg, drivetrain: drivetrain)
    }
}
