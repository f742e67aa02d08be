import Equipment

/// The field checks the equipment bodies share (platform.md §4.5, §4.6), each a 422 naming the field.
enum EquipmentChecks {
    /// The keys the physics reads from `vehicle_overrides` (profiles) and `overrides` (session assignments).
    static let overrideKeys: Set<String> = ["weight_kg", "cg_height_m", "weight_dist_front_pct", "hp", "torque_nm"]

    /// A friction coefficient above 0 and at most 3.
    static func friction(_ mu: Double?, at loc: [String]) throws {
        guard let mu else { return }
        guard mu.isFinite, mu > 0, mu <= 3 else { throw invalid(loc, "estimated_mu must be a friction coefficient above 0 and at most 3") }
    }

    /// A car whose `year_range` is `[start, end]` with start ≤ end and whose measurements are positive numbers.
    static func vehicle(_ vehicle: VehicleSpec?, at loc: [String]) throws {
        guard let vehicle, !vehicle.isValid else { return }
        throw invalid(loc + ["year_range"], "vehicle.year_range must be [start, end] with start <= end, and its measurements positive numbers")
    }

    /// Override keys among `overrideKeys`, with positive numbers.
    static func overrides(_ overrides: [String: Double]?, at loc: [String]) throws {
        let overrides = overrides ?? [:]
        let unknown = Set(overrides.keys).subtracting(overrideKeys)
        guard unknown.isEmpty else {
            throw invalid(loc, "\(loc.last ?? "overrides") keys must be among \(overrideKeys.sorted().joined(separator: ", ")); got \(unknown.sorted().joined(separator: ", "))")
        }
        guard overrides.values.allSatisfy({ $0.isFinite && $0 > 0 }) else { throw invalid(loc, "\(loc.last ?? "overrides") values must be positive numbers") }
    }

    static func invalid(_ loc: [String], _ message: String) -> AppError {
        AppError.validation([ValidationIssue(type: "value_error", loc: loc, msg: message)])
    }
}
