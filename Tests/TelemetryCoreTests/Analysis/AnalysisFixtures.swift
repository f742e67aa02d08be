import Foundation
import Testing
@testable import TelemetryCore

/// A fixture with its analysis truth and a facade without tags.
struct AnalysisFixture: Sendable, CustomTestStringConvertible {
    let name: String
    let truth: Truth
    var testDescription: String { name }
    var session: ProcessedSession { Fixture.named(name).session }
    var analysis: SessionAnalysis { AnalysisFixture.facades[name]! }

    static let all: [AnalysisFixture] = Fixture.all.map { AnalysisFixture(name: $0.name, truth: $0.truth) }
    static let facades: [String: SessionAnalysis] = Dictionary(uniqueKeysWithValues: Fixture.names.map {
        ($0, SessionAnalysis(session: Fixture.named($0).session, sessionID: "sid_" + $0, tags: [:]))
    })
}

/// Accuracy of detected corners against truth corners.
struct CornerScore: CustomStringConvertible {
    var detected = 0, truth = 0, matched = 0
    var speedErrorsMph: [Double] = []
    var brakeErrorsM: [Double] = []
    var nullAgreement = 0, nullCompared = 0

    var precision: Double { detected == 0 ? 0 : Double(matched) / Double(detected) }
    var recall: Double { truth == 0 ? 0 : Double(matched) / Double(truth) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var speedMedian: Double { Numerics.median(speedErrorsMph.map(abs)) ?? .nan }
    var speedWorst: Double { speedErrorsMph.map(abs).max() ?? 0 }
    var brakeMedian: Double { Numerics.median(brakeErrorsM.map(abs)) ?? .nan }
    var brakeWorst: Double { brakeErrorsM.map(abs).max() ?? 0 }

    var description: String {
        String(format: "F1 %.3f (P %.3f R %.3f, %d/%d/%d) | min speed |err| median %.3f mph worst %.2f | brake |err| median %.2f m worst %.2f m (n=%d) | brake null agreement %d/%d",
               f1, precision, recall, matched, detected, truth, speedMedian, speedWorst, brakeMedian, brakeWorst,
               brakeErrorsM.count, nullAgreement, nullCompared)
    }

    /// One-to-one matching by apex distance (≤ 40 m, nearest pairs first).
    mutating func add(_ ours: [Corner], _ truth: [Truth.LapCorner]) {
        detected += ours.count
        self.truth += truth.count
        var pairs: [(Double, Int, Int)] = []
        for (i, c) in ours.enumerated() {
            for (j, t) in truth.enumerated() where abs(c.apexDistanceM - t.apex_m) <= 40 {
                pairs.append((abs(c.apexDistanceM - t.apex_m), i, j))
            }
        }
        pairs.sort { $0.0 < $1.0 }
        var usedO = Set<Int>(), usedT = Set<Int>()
        for (_, i, j) in pairs where !usedO.contains(i) && !usedT.contains(j) {
            usedO.insert(i); usedT.insert(j)
            matched += 1
            let c = ours[i], t = truth[j]
            speedErrorsMph.append((c.minSpeedMps - t.min_speed_mps) * AnalysisConstants.mpsToMph)
            nullCompared += 1
            if (c.brakePointM == nil) == (t.brake_start_m == nil) { nullAgreement += 1 }
            if let b = c.brakePointM, let tb = t.brake_start_m { brakeErrorsM.append(b - tb) }
        }
    }
}

/// Encodes with a plain JSONEncoder (throws on NaN/Infinity) and checks the text too.
func encodedJSON<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(value)
    return String(decoding: data, as: UTF8.self)
}

/// A copy of `s` keeping only `keep` laps (summaries, anomalies and snapshot recomputed).
func session(_ s: ProcessedSession, keeping keep: Set<Int>, dropIMU: Bool = false) -> ProcessedSession {
    var laps: [Int: ResampledLap] = [:]
    for (n, lap) in s.laps where keep.contains(n) {
        laps[n] = dropIMU ? ResampledLap(lapNumber: lap.lapNumber, distance: lap.distance, lapTime: lap.lapTime,
                                         speed: lap.speed, latitude: lap.latitude, longitude: lap.longitude,
                                         altitude: lap.altitude, heading: lap.heading, lateralG: nil, longitudinalG: nil)
                          : lap
    }
    let summaries = s.lapSummaries.filter { keep.contains($0.lapNumber) }
    let best = summaries[0].lapNumber
    let anomalous = LapClassification.anomalousLaps(summaries, bestLap: best)
    return ProcessedSession(metadata: s.metadata, counts: s.counts, channels: s.channels, raw: s.raw, gate: s.gate,
                            timedLaps: s.timedLaps.filter { keep.contains($0.key) }, laps: laps,
                            lapSummaries: summaries, bestLap: best, anomalousLaps: anomalous, inOutLaps: s.inOutLaps,
                            snapshot: SessionSnapshot.make(summaries: summaries, anomalous: anomalous))
}
