import Foundation

/// How an analysis compares with a simulated session's ground truth (the JSON written beside
/// each fixture CSV): corner F1 on the best lap, brake-point and minimum-speed errors of the
/// matched corners, and the physics-optimal lap against the truth's limit lap and the best lap.
/// Used by the fixture test over every folder and by `cataclysm analyze FILE --truth FILE.json`.
///
/// The truth measures distance along the track's centre line from the true start/finish line;
/// the analysis along the driven line from the crossing it timed (the lap-number change, a
/// learned gate or an automatic one). Truth positions are therefore carried into the analysis's
/// frame through time, which both share (the CSV's `elapsed_time`): a truth brake point is the
/// driven distance at its `brake_start_elapsed_s`; a truth apex is the driven distance at the
/// corner's `min_speed_elapsed_s` plus the apex's centre-line offset from that minimum. The
/// truth corners scored are those whose minimum falls inside the analysed best lap.
public struct TruthScore: Sendable, Equatable {
    /// A detected corner matches a truth corner whose apex lies within this distance (m).
    public static let apexToleranceM = 40.0

    /// The targets of issue #16, each with its threshold.
    public enum Target: String, Sendable, CaseIterable, Hashable {
        /// Corner F1 ≥ 0.95.
        case f1
        /// Brake-point error: median ≤ 5 m, worst ≤ 20 m.
        case brakeMedian, brakeWorst
        /// Minimum-speed error: median ≤ 0.5 mph, worst ≤ 2 mph.
        case minSpeedMedian, minSpeedWorst
        /// limit lap ≤ optimal lap ≤ best lap.
        case optimalWithinBounds

        /// The threshold (F1, m, mph; unused for the optimal-lap bounds).
        public var threshold: Double {
            switch self {
            case .f1: 0.95
            case .brakeMedian: 5
            case .brakeWorst: 20
            case .minSpeedMedian: 0.5
            case .minSpeedWorst: 2
            case .optimalWithinBounds: 0
            }
        }
    }

    /// Corners detected on the best lap / truth corners of that stretch of track / matched.
    public var detected: Int
    public var truthCorners: Int
    public var matched: Int
    /// Brake points: ours − truth, of matched corners where both brake (m). A corner only one of
    /// them brakes for counts as `brakePresenceMismatches` (shown, not a target: the truth calls a
    /// corner unbraked when its window's minimum sits on the window's edge, the analysis when
    /// the speed drop or the deceleration is too small).
    public var brakeErrorsM: [Double]
    public var brakePresenceMismatches: Int
    /// Minimum speed: ours − truth, of matched corners (mph).
    public var minSpeedErrorsMph: [Double]
    /// The truth's limit lap, the analysis's physics-optimal lap and the best lap (s).
    public var limitLapS: Double?
    public var optimalLapS: Double
    public var bestLapS: Double
    /// One line per truth corner and per unmatched detected corner (for reading a miss).
    public var cornerLines: [String]
    /// The truth's limit model (its car at 100 %: grip, braking, traction, power, drag, rolling resistance, drive cut at
    /// upshifts, grade) driven on the analysed best lap's measured line instead of the simulator's limit line (s). Below
    /// `limitLapS` when the line the car really drove allows a faster lap than the limit line does: then no faithful
    /// model of that car on the driven line meets limit ≤ optimal.
    public var truthCarOnDrivenLineS: Double? = nil

    /// 2PR/(P+R); 0 without matches.
    public var f1: Double {
        guard matched > 0, detected > 0, truthCorners > 0 else { return 0 }
        let p = Double(matched) / Double(detected), r = Double(matched) / Double(truthCorners)
        return 2 * p * r / (p + r)
    }
    /// Medians (linear interpolation, §1.2) and worst values of the absolute errors; 0 when empty.
    public var brakeMedianM: Double { Numerics.median(brakeErrorsM.map(abs)) ?? 0 }
    public var brakeWorstM: Double { brakeErrorsM.map(abs).max() ?? 0 }
    public var minSpeedMedianMph: Double { Numerics.median(minSpeedErrorsMph.map(abs)) ?? 0 }
    public var minSpeedWorstMph: Double { minSpeedErrorsMph.map(abs).max() ?? 0 }
    /// limit ≤ optimal ≤ best (a missing limit counts as met).
    public var optimalWithinBounds: Bool {
        optimalLapS <= bestLapS + 1e-9 && (limitLapS.map { $0 <= optimalLapS + 1e-9 } ?? true)
    }

    /// The targets this score misses.
    public var missed: [Target] {
        Target.allCases.filter { target in
            switch target {
            case .f1: f1 < target.threshold
            case .brakeMedian: brakeMedianM > target.threshold
            case .brakeWorst: brakeWorstM > target.threshold
            case .minSpeedMedian: minSpeedMedianMph > target.threshold
            case .minSpeedWorst: minSpeedWorstMph > target.threshold
            case .optimalWithinBounds: !optimalWithinBounds
            }
        }
    }

    /// A missed target in words, with the measured value.
    public func describe(_ target: Target) -> String {
        switch target {
        case .f1: String(format: "F1 %.2f < %.2f", f1, target.threshold)
        case .brakeMedian: String(format: "brake median %.1f m > %.0f", brakeMedianM, target.threshold)
        case .brakeWorst: String(format: "brake worst %.1f m > %.0f", brakeWorstM, target.threshold)
        case .minSpeedMedian: String(format: "min speed median %.2f mph > %.1f", minSpeedMedianMph, target.threshold)
        case .minSpeedWorst: String(format: "min speed worst %.2f mph > %.0f", minSpeedWorstMph, target.threshold)
        case .optimalWithinBounds:
            String(format: "optimal %.2f s outside [limit %@, best %.3f]", optimalLapS,
                   limitLapS.map { String(format: "%.2f", $0) } ?? "-", bestLapS)
        }
    }

    /// The missed targets in words; empty when every target is met.
    public var failures: [String] { missed.map(describe) }

    /// Column titles of `line`.
    public static let header = "F1   (match/ours/truth) | brake med / worst (m) | vmin med / worst (mph) | limit <= optimal <= best (s)"

    /// One line: the numbers of `header`, then `ok` or the missed targets.
    public var line: String {
        var verdict = failures.isEmpty ? "ok" : "MISSED: " + failures.joined(separator: "; ")
        if brakePresenceMismatches > 0 { verdict += " (braked by one side only: \(brakePresenceMismatches))" }
        if let onLine = truthCarOnDrivenLineS { verdict += String(format: " (truth car on the driven line: %.2f s)", onLine) }
        return String(format: "%.2f (%2d/%2d/%2d)         | %6.1f / %6.1f       | %5.2f / %5.2f        | %@ <= %.2f <= %.3f | %@",
                      f1, matched, detected, truthCorners, brakeMedianM, brakeWorstM, minSpeedMedianMph, minSpeedWorstMph,
                      limitLapS.map { String(format: "%.2f", $0) } ?? "  -  ", optimalLapS, bestLapS, verdict)
    }

    /// A table of named scores (name column padded), with `header` on top.
    public static func table(_ rows: [(name: String, score: TruthScore)]) -> String {
        let width = max(7, rows.map(\.name.count).max() ?? 0)
        func pad(_ s: String) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
        return ([pad("fixture") + " | " + header] + rows.map { pad($0.name) + " | " + $0.score.line }).joined(separator: "\n")
    }

    /// Scores `analysis` against the truth JSON of the same session.
    public static func score(analysis: SessionAnalysis, truthJSON: Data) throws -> TruthScore {
        let truth = try JSONDecoder().decode(TruthFile.self, from: truthJSON)
        // Read apart, so that a truth without them (or with another shape of them) is scored all the same.
        let limitModel = (try? JSONDecoder().decode(TruthFile.LimitModelPart.self, from: truthJSON))?.session.limit_model
        let trackCorners = (try? JSONDecoder().decode(TruthFile.TrackPart.self, from: truthJSON))?.track.corners ?? []
        let session = analysis.session
        let ours = analysis.corners().corners
        let optimal = analysis.optimalProfile().lapTimeS
        guard let timed = session.timedLaps[session.bestLap] else {
            return TruthScore(detected: ours.count, truthCorners: 0, matched: 0, brakeErrorsM: [], brakePresenceMismatches: 0,
                              minSpeedErrorsMph: [], limitLapS: truth.session?.limit_lap_time_s, optimalLapS: optimal,
                              bestLapS: session.snapshot.bestLapTimeS, cornerLines: [])
        }
        let frame = DrivenFrame(channels: session.channels, lap: timed)
        let expected = truth.laps.flatMap(\.corners).compactMap { frame.corner($0) }.sorted { $0.apexM < $1.apexM }
        var used = Set<Int>()
        var brake: [Double] = [], speed: [Double] = []
        var presence = 0
        var lines: [String] = []
        var matchedTruth: [Int: Corner] = [:]
        for c in ours {
            let free = expected.indices.filter { !used.contains($0) }
            guard let k = free.min(by: { abs(expected[$0].apexM - c.apexDistanceM) < abs(expected[$1].apexM - c.apexDistanceM) }),
                  abs(expected[k].apexM - c.apexDistanceM) <= apexToleranceM else {
                lines.append(String(format: "  ours %2d apex %7.1f: no truth corner within %.0f m", c.number, c.apexDistanceM, apexToleranceM))
                continue
            }
            used.insert(k)
            matchedTruth[k] = c
            let t = expected[k]
            switch (c.brakePointM, t.brakeM) {
            case let (ob?, tb?): brake.append(ob - tb)
            case (nil, nil): break
            default: presence += 1
            }
            speed.append(c.minSpeedMph - t.minSpeedMps * AnalysisConstants.mpsToMph)
        }
        for (k, t) in expected.enumerated() {
            let fmt = { (x: Double?) in x.map { String(format: "%7.1f", $0) } ?? "   null" }
            guard let c = matchedTruth[k] else {
                let shape = trackCorners.first { $0.number == t.number }.map { "; " + $0.shape } ?? ""
                lines.append(String(format: "  truth %2d apex %7.1f brake %@ vmin %5.1f mph: not detected%@", t.number, t.apexM,
                                    fmt(t.brakeM), t.minSpeedMps * AnalysisConstants.mpsToMph, shape))
                continue
            }
            lines.append(String(format: "  truth %2d = ours %2d | apex %7.1f / %7.1f | brake %@ / %@ | vmin %5.1f / %5.1f mph",
                                t.number, c.number, t.apexM, c.apexDistanceM, fmt(t.brakeM), fmt(c.brakePointM),
                                t.minSpeedMps * AnalysisConstants.mpsToMph, c.minSpeedMph))
        }
        return TruthScore(detected: ours.count, truthCorners: expected.count, matched: matchedTruth.count, brakeErrorsM: brake,
                          brakePresenceMismatches: presence, minSpeedErrorsMph: speed, limitLapS: truth.session?.limit_lap_time_s,
                          optimalLapS: optimal, bestLapS: session.snapshot.bestLapTimeS, cornerLines: lines,
                          truthCarOnDrivenLineS: limitModel.flatMap { lapTime(of: $0, on: analysis) })
    }

    /// The truth's limit model on the analysed best lap's measured line (see `truthCarOnDrivenLineS`): its car as
    /// equipment (`simulatedCar`, the profile's own car physics), with its braking grip and its drive cut at upshifts;
    /// `nil` without a best lap.
    static func lapTime(of car: TruthFile.LimitModel, on analysis: SessionAnalysis) -> Double? {
        guard let best = analysis.bestLap, best.count >= 4 else { return nil }
        let line = OptimalProfile.lineModel(best: best, bestLength: analysis.end(analysis.session.bestLap)?.distance,
                                            params: OptimalProfile.defaults)
        var model = OptimalProfile.model(line, setup: simulatedCar(mu: car.mu, powerToWeightWPerKg: car.power_to_weight_w_per_kg,
                                                                   tractionLimitG: car.traction_limit_g,
                                                                   dragPerMetre: car.drag_coefficient_per_m))
        model.params.maxDecelG = car.braking_mu
        model.driveCut = car.gear_shifts.map { .init(upshiftSpeeds: $0.upshift_speeds_mps, seconds: $0.drive_cut_s) }
        return OptimalProfile.solved(model).lapTime
    }

    /// A simulated car (point mass: grip µ, power per kg at the wheels, a traction limit and a drag deceleration k·v²)
    /// as equipment: a rear-drive car with a road car's drag area, whose mass makes that drag area give k
    /// (m = ½ρ·CdA / k) and whose rear axle load gives the traction limit ((1 − f) = T·(1 − µ·h/L) / µ); rolling
    /// resistance is the profile's (0.015 g, the simulator's too). `tyreMu` (default µ) and `surfaceGrip` set the
    /// tyre, `powerScale` scales the power.
    static func simulatedCar(mu: Double, powerToWeightWPerKg: Double, tractionLimitG: Double, dragPerMetre: Double,
                                    tyreMu: Double? = nil, surfaceGrip: Double = 1, powerScale: Double = 1) -> VehicleSetup {
        let mass = 0.5 * CarPhysics.standardAirDensity * CarPhysics.dragAreaM2 / dragPerMetre
        let (cgHeight, wheelbase) = (0.48, 2.55)
        let rearShare = tractionLimitG * (1 - mu * cgHeight / wheelbase) / mu
        let wheelPower = powerToWeightWPerKg * mass * powerScale
        let car = VehicleSetup.Car(massKg: mass, enginePowerHp: wheelPower / CarPhysics.drivelineEfficiency / CarPhysics.wattsPerHp,
                                   drivetrain: .rear, frontWeightShare: 1 - rearShare, cgHeightM: cgHeight, wheelbaseM: wheelbase,
                                   hasAero: false, powerBandFactor: 1)
        return VehicleSetup(profileID: "eq_0123456789ab", tyreMu: tyreMu ?? mu, surfaceGrip: surfaceGrip, car: car)
    }

    /// Driven distance from the analysed lap's opening crossing at any elapsed time of the recording.
    struct DrivenFrame {
        let time: [Double]
        let distance: [Double]
        let origin: Double
        let window: ClosedRange<Double>

        init(time: [Double], distance: [Double], origin: Double, window: ClosedRange<Double>) {
            self.time = time
            self.distance = distance
            self.origin = origin
            self.window = window
        }

        init(channels: TelemetryChannels, lap: TimedLap) {
            self.init(time: channels.elapsedTime, distance: channels.distance, origin: lap.start.distance,
                      window: lap.start.elapsedTime...lap.end.elapsedTime)
        }

        func at(_ t: Double) -> Double { Numerics.interpC(t, time, distance) - origin }

        /// A truth corner in this frame, or `nil` when its minimum lies outside the lap.
        func corner(_ c: TruthFile.LapCorner) -> Expected? {
            guard let tMin = c.min_speed_elapsed_s, window.contains(tMin), let vMin = c.min_speed_mps else { return nil }
            let apex = at(tMin) + (c.apex_m - (c.min_speed_m ?? c.apex_m))
            return Expected(number: c.corner, apexM: apex, brakeM: c.brake_start_elapsed_s.map(at), minSpeedMps: vMin)
        }
    }

    /// A truth corner in the analysis's frame.
    struct Expected {
        let number: Int
        let apexM: Double
        let brakeM: Double?
        let minSpeedMps: Double
    }

    /// The subset of the truth JSON the score reads.
    struct TruthFile: Decodable {
        struct Session: Decodable { let limit_lap_time_s: Double? }
        /// The simulator's limit-lap car.
        struct LimitModel: Decodable {
            struct GearShifts: Decodable {
                let upshift_speeds_mps: [Double]
                let drive_cut_s: Double
            }
            let mu: Double
            let braking_mu: Double
            let traction_limit_g: Double
            let power_to_weight_w_per_kg: Double
            let drag_coefficient_per_m: Double
            let gear_shifts: GearShifts?
        }
        /// `session.limit_model` alone.
        struct LimitModelPart: Decodable {
            struct Session: Decodable { let limit_model: LimitModel }
            let session: Session
        }
        /// `track.corners` alone.
        struct TrackPart: Decodable {
            struct Track: Decodable { let corners: [TrackCorner] }
            let track: Track
        }
        /// A corner of the truth's centre line.
        struct TrackCorner: Decodable {
            let number: Int
            let apex_m: Double
            let start_m: Double
            let end_m: Double
            let peak_curvature: Double
            let heading_change_deg: Double

            /// How flat the corner's curvature is and where its apex sits: a corner whose mean curvature is within a few
            /// per cent of its peak is an arc of near-constant radius whose apex (the peak) any wiggle of the centre line
            /// can place anywhere along it.
            var shape: String {
                let length = end_m - start_m
                guard length > 0, peak_curvature > 0 else { return "" }
                let flatness = heading_change_deg * .pi / 180 / (length * peak_curvature)
                return String(format: "centre-line curvature averages %.0f %% of its peak over its %.0f m, apex %+.0f m from its middle",
                              100 * flatness, length, apex_m - (start_m + end_m) / 2)
            }
        }
        struct LapCorner: Decodable {
            let corner: Int
            let apex_m: Double
            let min_speed_mps: Double?
            let min_speed_m: Double?
            let min_speed_elapsed_s: Double?
            let brake_start_elapsed_s: Double?
        }
        struct Lap: Decodable { let corners: [LapCorner] }
        let session: Session?
        let laps: [Lap]
    }
}
