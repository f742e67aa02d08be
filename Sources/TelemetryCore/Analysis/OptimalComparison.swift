import Foundation

/// `GET /api/sessions/{sid}/optimal-comparison` (client-extras.md §5): the best lap against the optimal profile,
/// corner by corner, ranked by the time each corner costs.
public struct OptimalComparisonResponse: Sendable, Codable, Equatable {
    /// One corner's gap to the model.
    public struct Opportunity: Sendable, Codable, Equatable {
        public var cornerNumber: Int
        @FiniteNumber public var actualMinSpeedMph: Double
        @FiniteNumber public var optimalMinSpeedMph: Double
        @FiniteNumber public var speedGapMph: Double
        @OptionalNumber public var brakeGapM: Double?
        @OptionalNumber public var throttleGapM: Double?
        @FiniteNumber public var timeCostS: Double
        @FiniteNumber public var exitStraightTimeCostS: Double
        @Nullable public var linkedGroupID: Int?
        enum CodingKeys: String, CodingKey {
            case cornerNumber = "corner_number", actualMinSpeedMph = "actual_min_speed_mph"
            case optimalMinSpeedMph = "optimal_min_speed_mph", speedGapMph = "speed_gap_mph", brakeGapM = "brake_gap_m"
            case throttleGapM = "throttle_gap_m", timeCostS = "time_cost_s", exitStraightTimeCostS = "exit_straight_time_cost_s"
            case linkedGroupID = "linked_group_id"
        }
    }

    public var sessionID: String
    public var cornerOpportunities: [Opportunity]
    @FiniteNumber public var actualLapTimeS: Double
    @FiniteNumber public var optimalLapTimeS: Double
    @FiniteNumber public var totalGapS: Double
    public var isValid: Bool
    public var invalidReasons: [String]
    /// The equipment profile whose parameters the optimal profile used (null: none assigned).
    @Nullable public var equipmentProfileID: String?
    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", cornerOpportunities = "corner_opportunities", actualLapTimeS = "actual_lap_time_s"
        case optimalLapTimeS = "optimal_lap_time_s", totalGapS = "total_gap_s", isValid = "is_valid"
        case invalidReasons = "invalid_reasons", equipmentProfileID = "equipment_profile_id"
    }
}

/// The comparison of client-extras.md §5 (pure: the optimal profile, the best lap's trace and corners in).
public enum OptimalComparison {
    /// The optimal profile as the comparison reads it: grid `distance` (m), speed (m/s), transitions and lap time.
    public struct Profile: Sendable {
        public var distance: [Double]
        public var speed: [Double]
        public var brakePoints: [Double]
        public var throttlePoints: [Double]
        public var lapTime: Double
        public var equipmentProfileID: String?

        /// Reads an optimal-profile response (its speeds back to m/s).
        public init(_ p: OptimalProfileResponse) {
            distance = p.distanceM
            speed = p.optimalSpeedMph.map { $0 / AnalysisConstants.mpsToMph }
            brakePoints = p.brakePoints
            throttlePoints = p.throttlePoints
            lapTime = p.lapTimeS
            equipmentProfileID = p.equipmentProfileID
        }
    }

    /// The best lap's resampled trace: distance (m), speed (m/s), elapsed time (s).
    public struct Trace: Sendable {
        public var distance: [Double]
        public var speed: [Double]
        public var time: [Double]
        public init(distance: [Double], speed: [Double], time: [Double]) {
            self.distance = distance
            self.speed = speed
            self.time = time
        }
    }

    /// Half-width of the window around the apex for the model's minimum: this share of the corner, at least `minHalfM`.
    static let apexShare = 0.30
    static let minHalfM = 20.0
    /// How far before the entry a model brake point, and after the exit a model throttle point, may lie (m).
    static let brakeReachM = 200.0
    static let throttleReachM = 100.0
    /// Distance after a corner whose time is charged to it (m).
    static let exitBudgetM = 500.0
    /// Apexes closer than this may form a linked group (m); the speed between them must stay below this share of the
    /// longest straight's top speed.
    static let linkedApexM = 150.0
    static let linkedSpeedShare = 0.95
    /// Tolerances of the validity checks: lap time (s) and a corner's speed deficit (m/s).
    static let lapTolerance = 0.05
    static let speedTolerance = 1.0

    /// Σ h/max(v_driver, 1) − Σ h/max(v_model, 1) over the grid indices `indices`.
    static func timeCost(_ indices: some Sequence<Int>, _ p: Profile, _ trace: Trace, step h: Double) -> Double {
        var cost = 0.0
        for i in indices {
            cost += h / max(Numerics.interpC(p.distance[i], trace.distance, trace.speed), 1) - h / max(p.speed[i], 1)
        }
        return cost
    }

    /// Grid indices with `from ≤ D[i] ≤ to`.
    static func indices(_ d: [Double], from: Double, to: Double) -> Range<Int> {
        let a = Numerics.firstIndexAtLeast(d, from)
        var b = a
        while b < d.count && d[b] <= to { b += 1 }
        return a..<b
    }

    /// The comparison of the best lap `trace` and its `corners` with the profile `p`.
    public static func compute(sessionID: String, profile p: Profile, trace: Trace, corners: [Corner]) -> OptimalComparisonResponse {
        let d = p.distance
        let h = d.count >= 2 ? d[1] - d[0] : AnalysisConstants.resampleStep
        let k = AnalysisConstants.mpsToMph
        struct Raw { var corner: Corner; var optMin: Double; var gap: Double; var cost: Double; var brake: Double?; var throttle: Double? }
        var raws: [Raw] = []
        if !trace.distance.isEmpty {
            for c in corners.sorted(by: { $0.number < $1.number }) {
                let zone = indices(d, from: c.entryDistanceM, to: c.exitDistanceM)
                guard !zone.isEmpty else { continue }
                let half = max(apexShare * (c.exitDistanceM - c.entryDistanceM), minHalfM)
                let window = indices(d, from: max(c.apexDistanceM - half, c.entryDistanceM),
                                     to: min(c.apexDistanceM + half, c.exitDistanceM))
                let optMin = (window.isEmpty ? zone : window).map { p.speed[$0] }.min()!
                let brake = p.brakePoints.filter { c.entryDistanceM - brakeReachM <= $0 && $0 <= c.apexDistanceM }
                    .min { abs($0 - c.entryDistanceM) < abs($1 - c.entryDistanceM) }
                let throttle = p.throttlePoints.filter { c.apexDistanceM <= $0 && $0 <= c.exitDistanceM + throttleReachM }
                    .min { abs($0 - c.apexDistanceM) < abs($1 - c.apexDistanceM) }
                raws.append(Raw(corner: c, optMin: optMin, gap: optMin - c.minSpeedMps,
                                cost: max(0, timeCost(zone, p, trace, step: h)),
                                brake: c.brakePointM.flatMap { b in brake.map { b - $0 } },
                                throttle: c.throttleCommitM.flatMap { t in throttle.map { t - $0 } }))
            }
        }
        let exitCosts = exitStraightCosts(raws.map(\.corner), p, trace, step: h)
        let groups = linkedGroups(corners, p)
        var order = Array(raws.indices)
        order.sort { (raws[$1].cost, $0) < (raws[$0].cost, $1) }
        let opportunities = order.map { i -> OptimalComparisonResponse.Opportunity in
            let r = raws[i]
            return .init(cornerNumber: r.corner.number, actualMinSpeedMph: Numerics.round(r.corner.minSpeedMps * k, 2),
                         optimalMinSpeedMph: Numerics.round(r.optMin * k, 2), speedGapMph: Numerics.round(r.gap * k, 2),
                         brakeGapM: r.brake.map { Numerics.round($0, 2) }, throttleGapM: r.throttle.map { Numerics.round($0, 2) },
                         timeCostS: Numerics.round(r.cost, 3),
                         exitStraightTimeCostS: Numerics.round(exitCosts[r.corner.number] ?? 0, 3),
                         linkedGroupID: groups[r.corner.number])
        }
        let actual = trace.time.isEmpty ? 0 : trace.time[trace.time.count - 1] - trace.time[0]
        let total = actual - p.lapTime
        var reasons: [String] = []
        if total < -lapTolerance { reasons.append("aggregate_optimal_slower_than_actual") }
        for i in order where raws[i].gap < -speedTolerance && raws[i].cost == 0 {
            reasons.append("corner_\(raws[i].corner.number)_model_slower_than_driver")
        }
        return OptimalComparisonResponse(sessionID: sessionID, cornerOpportunities: opportunities,
                                         actualLapTimeS: Numerics.round(actual, 3), optimalLapTimeS: Numerics.round(p.lapTime, 3),
                                         totalGapS: Numerics.round(total, 3), isValid: reasons.isEmpty, invalidReasons: reasons,
                                         equipmentProfileID: p.equipmentProfileID)
    }

    /// Time lost on the run after each corner (up to `exitBudgetM`, wrapping through the line after the last), by
    /// corner number; never negative.
    static func exitStraightCosts(_ corners: [Corner], _ p: Profile, _ trace: Trace, step h: Double) -> [Int: Double] {
        guard let last = p.distance.last else { return [:] }
        let sorted = corners.enumerated().sorted { ($0.element.entryDistanceM, $0.offset) < ($1.element.entryDistanceM, $1.offset) }
            .map(\.element)
        var out: [Int: Double] = [:]
        for (i, c) in sorted.enumerated() {
            var segments: [(Double, Double)] = []
            if i + 1 < sorted.count {
                if sorted[i + 1].entryDistanceM > c.exitDistanceM { segments.append((c.exitDistanceM, sorted[i + 1].entryDistanceM)) }
            } else {
                if c.exitDistanceM < last { segments.append((c.exitDistanceM, last)) }
                if sorted[0].entryDistanceM > 0 { segments.append((0, sorted[0].entryDistanceM)) }
            }
            var budget = exitBudgetM, cost = 0.0
            for (start, end) in segments {
                guard budget > 0 else { break }
                let capped = min(end, start + budget)
                cost += timeCost(indices(p.distance, from: start, to: capped), p, trace, step: h)
                budget -= capped - start
            }
            out[c.number] = max(0, cost)
        }
        return out
    }

    /// Group id (1, 2, … in track order) of corners linked into chicanes or esses, by corner number.
    static func linkedGroups(_ corners: [Corner], _ p: Profile) -> [Int: Int] {
        let v = p.speed, d = p.distance, n = d.count
        guard corners.count >= 2, n > 0 else { return [:] }
        let sorted = corners.enumerated().sorted { ($0.element.entryDistanceM, $0.offset) < ($1.element.entryDistanceM, $1.offset) }
            .map(\.element)
        func ix(_ x: Double) -> Int { min(Numerics.firstIndexAtLeast(d, x), n - 1) }
        var straights: [Range<Int>] = []
        if ix(sorted[0].entryDistanceM) > 0 { straights.append(0..<ix(sorted[0].entryDistanceM)) }
        for (a, b) in zip(sorted, sorted.dropFirst()) where b.entryDistanceM > a.exitDistanceM {
            if ix(b.entryDistanceM) > ix(a.exitDistanceM) { straights.append(ix(a.exitDistanceM)..<ix(b.entryDistanceM)) }
        }
        if let lastCorner = sorted.last, ix(lastCorner.exitDistanceM) < n - 1 { straights.append(ix(lastCorner.exitDistanceM)..<n) }
        var longest: Range<Int>?
        for s in straights where s.count > (longest?.count ?? -1) { longest = s }
        let vRef = longest.map { v[$0].max() ?? 0 } ?? (v.max() ?? 0)
        guard vRef > 0 else { return [:] }
        var out: [Int: Int] = [:], group = 0, open = false
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            let ia = ix(a.apexDistanceM), ib = ix(b.apexDistanceM)
            let between = ia + 1 < ib ? v[(ia + 1)..<ib].max() ?? 0 : 0
            let linked = b.apexDistanceM - a.apexDistanceM < linkedApexM && (ib <= ia + 1 || between < linkedSpeedShare * vRef)
            if linked {
                if !open { group += 1; open = true; out[a.number] = group }
                out[b.number] = group
            } else {
                open = false
            }
        }
        return out
    }
}
