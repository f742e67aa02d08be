import Foundation

/// How an analysis compares with a simulated session's ground truth (the JSON written beside
/// each fixture CSV): corner F1 on the best lap (a detected corner matches the nearest unused
/// truth corner whose apex is within `apexToleranceM`), brake-point and minimum-speed errors
/// of the matched corners, and the physics-optimal lap against the truth's limit lap and the
/// best lap. Used by the fixture tests and by `cataclysm analyze FILE --truth FILE.json`.
public struct TruthScore: Sendable, Equatable {
    /// A detected corner matches a truth corner whose apex lies within this distance (m).
    public static let apexToleranceM = 40.0

    /// Targets of issue #16.
    public enum Target {
        public static let f1 = 0.95
        public static let brakeMedianM = 5.0
        public static let brakeWorstM = 20.0
        public static let minSpeedMedianMph = 0.5
        public static let minSpeedWorstMph = 2.0
    }

    /// Corners detected on the best lap / in the truth's best lap / matched.
    public var detected: Int
    public var truthCorners: Int
    public var matched: Int
    /// |brake point − truth brake start| of matched corners where both exist (m).
    public var brakeErrorsM: [Double]
    /// |minimum speed − truth minimum speed| of matched corners (mph).
    public var minSpeedErrorsMph: [Double]
    /// The truth's limit lap, the analysis's physics-optimal lap and the best lap (s).
    public var limitLapS: Double?
    public var optimalLapS: Double
    public var bestLapS: Double

    /// 2PR/(P+R); 0 without matches.
    public var f1: Double {
        guard matched > 0, detected > 0, truthCorners > 0 else { return 0 }
        let p = Double(matched) / Double(detected), r = Double(matched) / Double(truthCorners)
        return 2 * p * r / (p + r)
    }
    /// Medians (linear interpolation, §1.2) and worst values; 0 when empty.
    public var brakeMedianM: Double { Numerics.median(brakeErrorsM) ?? 0 }
    public var brakeWorstM: Double { brakeErrorsM.max() ?? 0 }
    public var minSpeedMedianMph: Double { Numerics.median(minSpeedErrorsMph) ?? 0 }
    public var minSpeedWorstMph: Double { minSpeedErrorsMph.max() ?? 0 }
    /// limit ≤ optimal ≤ best (a missing limit counts as met).
    public var optimalWithinBounds: Bool {
        optimalLapS <= bestLapS + 1e-9 && (limitLapS.map { $0 <= optimalLapS + 1e-9 } ?? true)
    }

    /// The targets this score misses, in words; empty when every target is met.
    public var failures: [String] {
        var out: [String] = []
        if f1 < Target.f1 { out.append(String(format: "F1 %.2f < %.2f", f1, Target.f1)) }
        if brakeMedianM > Target.brakeMedianM { out.append(String(format: "brake median %.1f m > %.0f", brakeMedianM, Target.brakeMedianM)) }
        if brakeWorstM > Target.brakeWorstM { out.append(String(format: "brake worst %.1f m > %.0f", brakeWorstM, Target.brakeWorstM)) }
        if minSpeedMedianMph > Target.minSpeedMedianMph {
            out.append(String(format: "min speed median %.2f mph > %.1f", minSpeedMedianMph, Target.minSpeedMedianMph))
        }
        if minSpeedWorstMph > Target.minSpeedWorstMph {
            out.append(String(format: "min speed worst %.2f mph > %.0f", minSpeedWorstMph, Target.minSpeedWorstMph))
        }
        if !optimalWithinBounds {
            out.append(String(format: "optimal %.2f s outside [limit %@, best %.3f]", optimalLapS,
                              limitLapS.map { String(format: "%.2f", $0) } ?? "-", bestLapS))
        }
        return out
    }

    /// Column titles of `line`.
    public static let header = "F1     (match/ours/truth) | brake med / worst (m) | vmin med / worst (mph) | limit <= optimal <= best (s)"

    /// One line: the numbers of `header`, then `ok` or the missed targets.
    public var line: String {
        let verdict = failures.isEmpty ? "ok" : "MISSED: " + failures.joined(separator: "; ")
        return String(format: "%.2f (%2d/%2d/%2d)           | %6.1f / %6.1f       | %5.2f / %5.2f        | %@ <= %.2f <= %.3f | %@",
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
        let best = analysis.session.bestLap
        let truthCorners = truth.laps.first { $0.lap_number == best }?.corners ?? []
        let ours = analysis.corners().corners
        var used = Set<Int>()
        var brake: [Double] = [], speed: [Double] = []
        var matched = 0
        for c in ours {
            let candidates = truthCorners.indices.filter { !used.contains($0) }
            guard let k = candidates.min(by: { abs(truthCorners[$0].apex_m - c.apexDistanceM) < abs(truthCorners[$1].apex_m - c.apexDistanceM) }),
                  abs(truthCorners[k].apex_m - c.apexDistanceM) <= apexToleranceM else { continue }
            used.insert(k)
            matched += 1
            let t = truthCorners[k]
            if let ob = c.brakePointM, let tb = t.brake_start_m { brake.append(abs(ob - tb)) }
            if let tv = t.min_speed_mps { speed.append(abs(c.minSpeedMph - tv * AnalysisConstants.mpsToMph)) }
        }
        return TruthScore(detected: ours.count, truthCorners: truthCorners.count, matched: matched, brakeErrorsM: brake,
                          minSpeedErrorsMph: speed, limitLapS: truth.session?.limit_lap_time_s,
                          optimalLapS: analysis.optimalProfile().lapTimeS, bestLapS: analysis.session.snapshot.bestLapTimeS)
    }

    /// The subset of the truth JSON the score reads.
    struct TruthFile: Decodable {
        struct Session: Decodable { let limit_lap_time_s: Double? }
        struct LapCorner: Decodable {
            let apex_m: Double
            let min_speed_mps: Double?
            let brake_start_m: Double?
        }
        struct Lap: Decodable {
            let lap_number: Int
            let corners: [LapCorner]
        }
        let session: Session?
        let laps: [Lap]
    }
}
