import Foundation
import Testing
@testable import TelemetryCore

/// Ground truth of a simulated session (the JSON beside each fixture CSV): the parts the tests read.
struct Truth: Decodable, Sendable {
    struct Summary: Decodable, Sendable {
        let timed_laps: Int
        let best_lap: Int
        let best_lap_time_s: Double
        let clean_laps: [Int]
        let mistake_laps: [Int]
        let traffic_laps: [Int]
        let median_clean_lap_time_s: Double
        let clean_lap_time_spread_s: Double
    }
    struct Incident: Decodable, Sendable {
        let type: String
        let time_lost_s: Double
    }
    struct LapCorner: Decodable, Sendable {
        let corner: Int
        let apex_m: Double
        let min_speed_mps: Double
        let brake_start_m: Double?
        let peak_decel_g: Double?
    }
    struct Lap: Decodable, Sendable {
        let lap_number: Int
        let category: String
        let clean: Bool
        let lap_time_s: Double
        let lap_time_gps_s: Double
        let start_elapsed_s: Double
        let end_elapsed_s: Double
        let max_speed_mps: Double
        let path_length_m: Double
        let incident: Incident?
        let corners: [LapCorner]
    }
    struct Episode: Decodable, Sendable {
        let from_s: Double
        let to_s: Double
        let kind: String
    }
    struct GPSQuality: Decodable, Sendable {
        let rows_filtered: Int
        let rows_accuracy_over_2m: Int
        let rows_satellites_under_6: Int
        let median_accuracy_m: Double
        let episodes: [Episode]
    }
    struct Session: Decodable, Sendable {
        let created_field: String
        let sample_rate_hz: Int
        let rows: Int
        let in_lap: InLap
        let limit_lap_time_s: Double
        let date_local: String
        let start_local: String
        struct InLap: Decodable, Sendable { let lap_number: Int }
    }
    struct TrackCorner: Decodable, Sendable {
        let number: Int
        let apex_m: Double
        let direction: String
    }
    struct Track: Decodable, Sendable {
        let name: String
        let length_m: Double
        let corners: [TrackCorner]
    }
    let summary: Summary
    let laps: [Lap]
    let gps_quality: GPSQuality
    let session: Session
    let track: Track

    func lap(_ n: Int) -> Lap { laps.first { $0.lap_number == n }! }
}

/// One fixture: CSV bytes and its truth.
struct Fixture: Sendable, CustomTestStringConvertible {
    let name: String
    let csv: [UInt8]
    let truth: Truth
    var testDescription: String { name }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // TelemetryCoreTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()   // repository root
        .appendingPathComponent("Fixtures/sessions/barber_motorsports_park")

    static let names = ["barber_2026-02-15_intermediate", "barber_2026-03-21_novice", "barber_2026-04-18_advanced"]

    /// All three fixtures, loaded once.
    static let all: [Fixture] = names.map { load($0) }

    static func named(_ name: String) -> Fixture { all.first { $0.name == name }! }

    static func load(_ name: String) -> Fixture {
        let csv = try! Data(contentsOf: directory.appendingPathComponent(name + ".csv"))
        let json = try! Data(contentsOf: directory.appendingPathComponent(name + ".json"))
        return Fixture(name: name, csv: [UInt8](csv), truth: try! JSONDecoder().decode(Truth.self, from: json))
    }

    /// The fixture ingested unchanged (cached).
    var session: ProcessedSession { Fixture.sessions[name]! }

    static let sessions: [String: ProcessedSession] = Dictionary(uniqueKeysWithValues: all.map {
        ($0.name, try! SessionIngest.ingest($0.csv))
    })
}

/// In-memory edits of a RaceChrono CSV that real exports exhibit.
enum CSVEdit {
    /// Lines without their terminators.
    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A {
            var end = i
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            out.append(Array(bytes[start..<end]))
            start = i + 1
        }
        if start < bytes.count { out.append(Array(bytes[start...])) }
        return out
    }

    static func join(_ lines: [[UInt8]], crlf: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        for l in lines {
            out.append(contentsOf: l)
            if crlf { out.append(0x0D) }
            out.append(0x0A)
        }
        return out
    }

    static func cells(_ line: [UInt8]) -> [[UInt8]] {
        line.split(separator: 0x2C, omittingEmptySubsequences: false).map(Array.init)
    }

    static func joinCells(_ cells: [[UInt8]]) -> [UInt8] { Array(cells.joined(separator: [0x2C])) }

    static func header(_ bytes: [UInt8]) -> [[UInt8]] { Array(lines(bytes).prefix(12)) }
    static func rows(_ bytes: [UInt8]) -> [[UInt8]] { lines(bytes).dropFirst(12).filter { !$0.isEmpty } }

    /// Deterministic permutation (LCG) of the data rows.
    static func shuffled(_ bytes: [UInt8], seed: UInt64) -> [UInt8] {
        var rows = rows(bytes)
        var state = seed
        for i in stride(from: rows.count - 1, to: 0, by: -1) {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let j = Int((state >> 33) % UInt64(i + 1))
            rows.swapAt(i, j)
        }
        return join(header(bytes) + rows)
    }

    /// Inserts, between consecutive rows, `perRow` rows of a faster accelerometer source:
    /// timestamp, elapsed time and the acc cells filled, every GPS/calc cell empty.
    /// Returns the new file and the number of inserted rows.
    static func interleavingAccelerometerRows(_ bytes: [UInt8], perRow: Int) -> ([UInt8], Int) {
        let rows = rows(bytes)
        var out = header(bytes)
        var inserted = 0
        for (i, row) in rows.enumerated() {
            out.append(row)
            guard i + 1 < rows.count else { continue }
            let a = cells(row), b = cells(rows[i + 1])
            let t0 = Double(String(decoding: a[3], as: UTF8.self))!, t1 = Double(String(decoding: b[3], as: UTF8.self))!
            let u0 = Double(String(decoding: a[0], as: UTF8.self))!
            for k in 1...perRow {
                let f = Double(k) / Double(perRow + 1)
                var c = [[UInt8]](repeating: [], count: a.count)
                c[0] = Array(String(format: "%.3f", u0 + f * (t1 - t0)).utf8)
                c[1] = Array("0".utf8)
                c[3] = Array(String(format: "%.3f", t0 + f * (t1 - t0)).utf8)
                for col in 21...24 { c[col] = a[col] }
                out.append(joinCells(c))
                inserted += 1
            }
        }
        return (join(out), inserted)
    }

    /// Keeps only the columns in `keep` (all header lines and rows).
    static func keepingColumns(_ bytes: [UInt8], _ keep: [Int]) -> [UInt8] {
        let all = lines(bytes)
        var out: [[UInt8]] = Array(all.prefix(9))
        for l in all.dropFirst(9) where !l.isEmpty {
            let c = cells(l)
            out.append(joinCells(keep.map { $0 < c.count ? c[$0] : [] }))
        }
        return join(out)
    }

    /// Linear resampling of every numeric cell to `hz` (bearing along the shorter arc,
    /// lap number and fragment id from the latest row at or before each new time), written
    /// with the original number of decimals.
    static func resampled(_ bytes: [UInt8], hz: Double) -> [UInt8] {
        let rows = rows(bytes).map(cells)
        let values: [[Double?]] = rows.map { $0.map { Double(String(decoding: $0, as: UTF8.self)) } }
        let decimals: [Int] = rows[rows.count / 2].map { c in c.firstIndex(of: 0x2E).map { c.count - $0 - 1 } ?? 0 }
        let t = values.map { $0[3]! }
        var out = header(bytes)
        var i = 0
        var k = 1
        while true {
            let time = Double(k) / hz
            if time > t[t.count - 1] { break }
            while i + 1 < t.count && t[i + 1] <= time { i += 1 }
            let j = min(i + 1, t.count - 1)
            let f = j == i ? 0 : (time - t[i]) / (t[j] - t[i])
            var c: [[UInt8]] = []
            for col in rows[i].indices {
                if col == 1 || col == 2 { c.append(rows[i][col]); continue }
                guard let v0 = values[i][col] else { c.append([]); continue }
                var v = v0
                if let v1 = values[j][col] {
                    if col == 7 {
                        var d = (v1 - v0).truncatingRemainder(dividingBy: 360)
                        if d > 180 { d -= 360 } else if d < -180 { d += 360 }
                        v = v0 + f * d
                        if v < 0 { v += 360 } else if v >= 360 { v -= 360 }
                    } else {
                        v = v0 + f * (v1 - v0)
                    }
                }
                if col == 3 { v = time }
                if col == 9 || col == 21 || col == 25 { v = hz }
                c.append(Array(String(format: "%.\(max(decimals[col], col == 3 ? 2 : 0))f", v).utf8))
            }
            out.append(joinCells(c))
            k += 1
        }
        return join(out)
    }
}
