import TelemetryCore

/// A car as a profile records it and the vehicle routes return it (platform.md §4.2 `VehicleSpec`). `year_range` is
/// `[start, end]` with start ≤ end (`isValid`). The stock tyre sizes are accepted and, unlike the original, returned.
public struct VehicleSpec: Sendable, Codable, Equatable {
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
    @Nullable public var stock_tire_size_front: String?
    @Nullable public var stock_tire_size_rear: String?
    @Nullable public var notes: String?

    /// Exactly two years, the first not after the second, every number finite and positive where it must be.
    public var isValid: Bool {
        year_range.count == 2 && year_range[0] <= year_range[1]
            && [weight_kg, wheelbase_m, track_width_front_m, track_width_rear_m, cg_height_m, weight_dist_front_pct].allSatisfy(\.isFinite)
            && weight_kg > 0
    }
}
