import Foundation
import Testing
@testable import TelemetryCore

/// Physically impossible rows are dropped and counted before anything is sized by their values.
@Suite("Plausibility at ingest")
struct PlausibilityTests {
    static let fixture = Fixture.all[0]
    static var header: [[UInt8]] { CSVEdit.header(fixture.csv) }
    static var rows: [[UInt8]] { CSVEdit.rows(fixture.csv) }

    /// The fixture with `edit(rowIndex, cells)` applied to every data row.
    static func edited(_ edit: (Int, inout [[UInt8]]) -> Void) -> [UInt8] {
        let out = rows.enumerated().map { i, row -> [UInt8] in
            var cells = CSVEdit.cells(row)
            edit(i, &cells)
            return CSVEdit.joinCells(cells)
        }
        return CSVEdit.join(header + out)
    }

    static func number(_ cell: [UInt8]) -> Double { Double(String(decoding: cell, as: UTF8.self)) ?? .nan }
    static func text(_ x: Double) -> [UInt8] { Array("\(x)".utf8) }

    static func ingest(_ bytes: [UInt8]) throws -> ProcessedSession { try SessionIngest.ingest(bytes) }

    static func rejection(_ bytes: [UInt8]) -> String? {
        do { _ = try SessionIngest.ingest(bytes); return nil } catch { return error.message }
    }

    static var unchanged: ProcessedSession { fixture.session }

    @Test("the real fixtures have no implausible rows", arguments: Fixture.all)
    func fixturesArePlausible(_ fixture: Fixture) {
        #expect(fixture.session.counts.implausible == ImplausibleRows())
    }

    @Test("distance ×1e16 on every row is a 422 naming the distance steps")
    func hugeDistance() {
        let file = PlausibilityTests.edited { _, c in c[4] = PlausibilityTests.text(PlausibilityTests.number(c[4]) * 1e16) }
        let message = PlausibilityTests.rejection(file)
        #expect(message?.hasPrefix("Invalid CSV format: implausible data: ") == true)
        #expect(message?.contains("distance steps larger than the speed allows") == true)
    }

    @Test("distance ×1e5 (a grid of gigabytes) is a 422")
    func scaledDistance() {
        let file = PlausibilityTests.edited { _, c in c[4] = PlausibilityTests.text(PlausibilityTests.number(c[4]) * 1e5) }
        #expect(PlausibilityTests.rejection(file)?.contains("implausible data") == true)
    }

    @Test("speed ×1e6 on every row is a 422 naming the speed")
    func scaledSpeed() {
        let file = PlausibilityTests.edited { _, c in c[14] = PlausibilityTests.text(PlausibilityTests.number(c[14]) * 1e6 + 200) }
        #expect(PlausibilityTests.rejection(file)?.contains("speed above 150 m/s") == true)
    }

    @Test("a speed cell of 1e20 drops that one row; the laps are unchanged")
    func oneHugeSpeed() throws {
        let file = PlausibilityTests.edited { i, c in if i == 5000 { c[14] = Array("1e20".utf8) } }
        let session = try PlausibilityTests.ingest(file)
        #expect(session.counts.implausible.speed == 1)
        #expect(session.counts.implausible.droppedRows == 1)
        #expect(session.lapNumbers == PlausibilityTests.unchanged.lapNumbers)
        #expect(abs(session.snapshot.bestLapTimeS - PlausibilityTests.unchanged.snapshot.bestLapTimeS) < 0.001)
    }

    @Test("a one-row distance spike is dropped; lap distances are unchanged")
    func distanceSpike() throws {
        let file = PlausibilityTests.edited { i, c in if i == 8000 { c[4] = Array("1e16".utf8) } }
        let session = try PlausibilityTests.ingest(file)
        #expect(session.counts.implausible.distanceStep == 1)
        for (lap, timed) in session.timedLaps {
            #expect(abs(timed.lapDistance - PlausibilityTests.unchanged.timedLaps[lap]!.lapDistance) < 0.5)
        }
    }

    @Test("a distance offset that persists (a logger reset) is re-based, not absorbed by one lap")
    func distanceJump() throws {
        let file = PlausibilityTests.edited { i, c in
            if i >= 8000 { c[4] = PlausibilityTests.text(PlausibilityTests.number(c[4]) + 1_000_000) }
        }
        let session = try PlausibilityTests.ingest(file)
        #expect(session.counts.implausible.distanceJumpsRebased == 1)
        #expect(session.counts.implausible.droppedRows == 0)
        #expect(session.lapNumbers == PlausibilityTests.unchanged.lapNumbers)
        for (lap, timed) in session.timedLaps {
            #expect(abs(timed.lapDistance - PlausibilityTests.unchanged.timedLaps[lap]!.lapDistance) < 2)
        }
    }

    @Test("duplicated rows (repeated elapsed time) are dropped as time order")
    func duplicatedRows() throws {
        var rows = PlausibilityTests.rows
        // Rows that pass the GPS filter (accuracy ≤ 2 m, ≥ 6 satellites), so the sequence check sees them.
        let good = rows.indices.filter { i in
            let c = CSVEdit.cells(rows[i])
            return PlausibilityTests.number(c[5]) <= 2 && PlausibilityTests.number(c[13]) >= 6
        }
        let picked = [good[3000], good[6000]]
        for i in picked.reversed() { rows.insert(rows[i], at: i) }
        let session = try PlausibilityTests.ingest(CSVEdit.join(PlausibilityTests.header + rows))
        #expect(session.counts.implausible.timeOrder == 2)
        #expect(session.snapshot.bestLapTimeS == PlausibilityTests.unchanged.snapshot.bestLapTimeS)
    }

    @Test("positions off the globe, times beyond a day and timestamps outside 2000-2100 are dropped")
    func rowRanges() throws {
        let file = PlausibilityTests.edited { i, c in
            switch i {
            case 1000: c[11] = Array("91.5".utf8)
            case 1001: c[12] = Array("-181".utf8)
            case 2000: c[3] = Array("86401".utf8)
            case 2001: c[3] = Array("-5".utf8)
            case 3000: c[0] = Array("1771174993130".utf8)
            default: break
            }
        }
        let counts = try PlausibilityTests.ingest(file).counts.implausible
        #expect(counts.position == 2)
        #expect(counts.time == 3)
    }

    @Test("timestamps in milliseconds are a 422 naming the time")
    func millisecondTimestamps() {
        let file = PlausibilityTests.edited { _, c in c[0] = PlausibilityTests.text(PlausibilityTests.number(c[0]) * 1000) }
        #expect(PlausibilityTests.rejection(file)?.contains("timestamp outside 2000-2100") == true)
    }

    @Test("sensor values beyond their sensor's range become missing, the row stays")
    func sensorValues() throws {
        let file = PlausibilityTests.edited { i, c in
            if i == 4000 { c[6] = Array("1e300".utf8); c[17] = Array("-1e300".utf8); c[28] = Array("1e9".utf8) }
        }
        let session = try PlausibilityTests.ingest(file)
        #expect(session.counts.implausible.sensorValuesCleared == 3)
        #expect(session.counts.implausible.droppedRows == 0)
    }

    @Test("the implausible counts appear in the GPS-quality report")
    func reportedInGPSQuality() throws {
        let file = PlausibilityTests.edited { i, c in if i == 5000 { c[14] = Array("1e20".utf8) } }
        let analysis = SessionAnalysis(session: try PlausibilityTests.ingest(file), sessionID: "s")
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(try analysis.gpsQuality())) as! [String: Any]
        let implausible = (json["data"] as! [String: Any])["implausible_rows"] as! [String: Any]
        #expect(implausible["speed"] as? Int == 1)
        #expect(implausible["distance_step"] as? Int == 0)
    }
}

/// The one checked path from a computed `Double` to an `Int`.
@Suite("Checked integer conversion")
struct CheckedConversionTests {
    @Test("NaN, infinities and huge values clamp instead of trapping")
    func clamps() {
        #expect(Numerics.clampedInt(.nan, 0...10) == 0)
        #expect(Numerics.clampedInt(.infinity, 0...10) == 10)
        #expect(Numerics.clampedInt(-.infinity, 0...10) == 0)
        #expect(Numerics.clampedInt(1e300, 0...Int.max) == Int.max)
        #expect(Numerics.clampedInt(2.5, 0...10, rounding: .up) == 3)
        #expect(Numerics.clampedInt(2.5, 0...10, rounding: .down) == 2)
    }

    @Test("a grid over an absurd length is capped at the longest plausible lap")
    func gridIsBounded() {
        #expect(DistanceGrid(length: 1e300).count == DistanceGrid.maxCount)
        #expect(DistanceGrid(length: .infinity).count == DistanceGrid.maxCount)
        #expect(DistanceGrid(length: .nan).count == 0)
    }

    @Test("periodic interpolation of a huge angle terminates")
    func periodicInterpolationTerminates() {
        let xs = [0.0, 1.0, 2.0, 3.0], ys = [1.0, 2.0, 3.0, 4.0]
        #expect(GripAnalysis.periodicInterp(1e20, xs, ys).isFinite)
        #expect(GripAnalysis.periodicInterp(-1e20, xs, ys).isFinite)
        #expect(GripAnalysis.periodicInterp(1.5, xs, ys) == 2.5)
    }
}
