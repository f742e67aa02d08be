import Foundation
import Testing
@testable import TelemetryCore

/// Rejected inputs: each must give the right typed error with a message naming the problem.
@Suite("Bad inputs")
struct BadInputTests {
    static let base = Fixture.all[0].csv
    static var header: [[UInt8]] { CSVEdit.header(base) }
    static var rows: [[UInt8]] { CSVEdit.rows(base) }

    static func message(_ bytes: [UInt8]) -> String? {
        do {
            _ = try SessionIngest.ingest(bytes)
            return nil
        } catch {
            return error.message
        }
    }

    /// Replaces cell `col` of data row `row` (0-based) with `text`; returns the file and that row's line number.
    static func withCell(row: Int, col: Int, _ text: String) -> ([UInt8], Int) {
        var r = rows
        var c = CSVEdit.cells(r[row])
        c[col] = Array(text.utf8)
        r[row] = CSVEdit.joinCells(c)
        return (CSVEdit.join(header + r), 13 + row)
    }

    @Test("empty file")
    func empty() {
        #expect(BadInputTests.message([]) == "Invalid CSV format: file is empty")
        #expect(BadInputTests.message([0xEF, 0xBB, 0xBF]) == "Invalid CSV format: file is empty")
    }

    @Test("binary garbage and non-UTF-8 bytes")
    func binary() {
        var state: UInt64 = 7
        let garbage = (0..<100_000).map { _ -> UInt8 in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let m = BadInputTests.message(garbage)
        #expect(m?.hasPrefix("Invalid CSV format: not a text file: binary or non-UTF-8 data at byte ") == true, "\(m ?? "accepted")")
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)
        #expect(BadInputTests.message(png) == "Invalid CSV format: not a text file: binary or non-UTF-8 data at byte 0")
        var latin1 = BadInputTests.base
        latin1[30] = 0xE9   // "é" in Latin-1 inside the banner: not UTF-8
        #expect(BadInputTests.message(latin1) == "Invalid CSV format: not a text file: binary or non-UTF-8 data at byte 30")
        var nul = BadInputTests.base
        nul[200] = 0
        #expect(BadInputTests.message(nul) == "Invalid CSV format: not a text file: binary or non-UTF-8 data at byte 200")
    }

    @Test("header only, or metadata only")
    func headerOnly() {
        #expect(BadInputTests.message(CSVEdit.join(BadInputTests.header)) == "Invalid CSV format: no data rows")
        #expect(BadInputTests.message(CSVEdit.join(BadInputTests.header + [[], []])) == "Invalid CSV format: no data rows")
        #expect(BadInputTests.message(CSVEdit.join(Array(BadInputTests.header.prefix(11)))) == "Invalid CSV format: no data rows")
        #expect(BadInputTests.message(CSVEdit.join(Array(BadInputTests.header.prefix(8))))
                == "Invalid CSV format: file ends at line 8, before the column header on line 10")
    }

    @Test("missing columns")
    func missingColumns() {
        let noLap = CSVEdit.keepingColumns(BadInputTests.base, [0, 1] + Array(3...28))
        #expect(BadInputTests.message(noLap) == "Invalid CSV format: missing lap_number column")
        let noLapNoSats = CSVEdit.keepingColumns(BadInputTests.base, [0, 1] + Array(3...12) + Array(14...28))
        #expect(BadInputTests.message(noLapNoSats) == "Invalid CSV format: missing lap_number, satellites columns")
        let noSpeed = CSVEdit.keepingColumns(BadInputTests.base, Array(0...13))
        #expect(BadInputTests.message(noSpeed) == "Invalid CSV format: missing speed column")
        let other = CSVEdit.join((0..<20).map { _ in Array("a,b,c".utf8) })
        #expect(BadInputTests.message(other)
                == "Invalid CSV format: CSV has 3 columns but expected at least 29. Is this a RaceChrono CSV v3 export?")
    }

    @Test("truncated mid-row")
    func truncated() {
        let full = BadInputTests.base
        let lastStart = full.dropLast().lastIndex(of: 0x0A)! + 1
        let cut = Array(full[..<(lastStart + 40)])
        let cells = CSVEdit.cells(Array(full[lastStart..<(lastStart + 40)])).count
        let line = 12 + BadInputTests.rows.count
        #expect(BadInputTests.message(cut) == "Invalid CSV format: row \(line): \(cells) of 29 columns (truncated row)")
        // A row cut short in the middle of the file.
        var r = BadInputTests.rows
        r[5000] = Array(r[5000].prefix(30))
        #expect(BadInputTests.message(CSVEdit.join(BadInputTests.header + r))
                == "Invalid CSV format: row 5013: \(CSVEdit.cells(r[5000]).count) of 29 columns (truncated row)")
    }

    @Test("non-numeric cells in required columns name row and column")
    func nonNumeric() {
        let (speed, line) = BadInputTests.withCell(row: 1221, col: 14, "fast")
        #expect(line == 1234)
        #expect(BadInputTests.message(speed) == "Invalid CSV format: row 1234: bad number in speed")
        let (lat, l2) = BadInputTests.withCell(row: 99, col: 11, "33.53.25")
        #expect(BadInputTests.message(lat) == "Invalid CSV format: row \(l2): bad number in latitude")
        let (lap, l3) = BadInputTests.withCell(row: 20_000, col: 2, "x")
        #expect(BadInputTests.message(lap) == "Invalid CSV format: row \(l3): bad number in lap_number")
        let (frac, l4) = BadInputTests.withCell(row: 20_000, col: 2, "4.5")
        #expect(BadInputTests.message(frac) == "Invalid CSV format: row \(l4): bad number in lap_number")
        let (time, l5) = BadInputTests.withCell(row: 7, col: 3, "0x1p3")
        #expect(BadInputTests.message(time) == "Invalid CSV format: row \(l5): bad number in elapsed_time")
        let (inf, l6) = BadInputTests.withCell(row: 7, col: 4, "1e400")
        #expect(BadInputTests.message(inf) == "Invalid CSV format: row \(l6): bad number in distance_traveled")
    }

    @Test("lenient cells: empty, NaN, quoted, spaced numbers, garbage in optional columns")
    func lenientCells() throws {
        var r = BadInputTests.rows
        for (i, edit) in [(10, 14, "\"0.02\""), (11, 14, " 0.02 "), (12, 22, "abc"), (13, 6, ""), (14, 17, "NaN"),
                          (15, 14, "2e-2"), (16, 14, "+0.02")].enumerated() {
            _ = i
            var c = CSVEdit.cells(r[edit.0])
            c[edit.1] = Array(edit.2.utf8)
            r[edit.0] = CSVEdit.joinCells(c)
        }
        let parsed = try RaceChronoParser.parse(CSVEdit.join(BadInputTests.header + r))
        let ch = parsed.channels
        #expect(ch.speed[10] == 0.02 && ch.speed[11] == 0.02 && ch.speed[15] == 0.02 && ch.speed[16] == 0.02)
        #expect(ch.xAcc![12].isNaN)
        #expect(ch.altitude![13].isNaN)
        #expect(ch.lateralG[14].isNaN)
        #expect(parsed.counts.dataRows == BadInputTests.rows.count)
    }

    @Test("rows without speed are incomplete and dropped; a file of only such rows is rejected")
    func incompleteRows() {
        let r = BadInputTests.rows.prefix(500).map { row -> [UInt8] in
            var c = CSVEdit.cells(row)
            c[14] = []
            return CSVEdit.joinCells(c)
        }
        #expect(BadInputTests.message(CSVEdit.join(BadInputTests.header + r))
                == "Invalid CSV format: no data row has timestamp, elapsed_time, latitude, longitude, speed and distance_traveled")
    }

    @Test("unterminated quote")
    func unterminatedQuote() {
        let (bytes, line) = BadInputTests.withCell(row: 300, col: 8, "\"75.0")
        #expect(BadInputTests.message(bytes) == "Invalid CSV format: row \(line): unterminated quoted cell")
    }

    @Test("no lap numbers at all: laps timed at an automatic gate (issue #16)")
    func noLapNumbers() throws {
        let r = BadInputTests.rows.map { row -> [UInt8] in
            var c = CSVEdit.cells(row)
            c[2] = []
            return CSVEdit.joinCells(c)
        }
        let bytes = CSVEdit.join(BadInputTests.header + r)
        #expect(BadInputTests.message(bytes) == nil)
        #expect(try SessionIngest.ingest(bytes, knownGates: []).lapTiming == .autoGate)
    }

    @Test("a single lap that never crosses the line: no timed lap")
    func singleLap() {
        let r = BadInputTests.rows.map { row -> [UInt8] in
            var c = CSVEdit.cells(row)
            c[2] = Array("1".utf8)
            return CSVEdit.joinCells(c)
        }
        #expect(BadInputTests.message(CSVEdit.join(BadInputTests.header + r))
                == "Invalid CSV format: No complete laps: no lap both starts and ends at a start/finish line crossing (numbered laps: 1)")
        // Out-lap and lap 1 only: lap 1 has no closing crossing.
        let upToLap2 = BadInputTests.rows.prefix { CSVEdit.cells($0)[2] != Array("2".utf8) }
        #expect(BadInputTests.message(CSVEdit.join(BadInputTests.header + upToLap2))
                == "Invalid CSV format: No complete laps: no lap both starts and ends at a start/finish line crossing (numbered laps: 1)")
    }

    @Test("one timed lap followed by an in-lap is a valid one-lap session (§11)")
    func oneTimedLap() throws {
        let f = Fixture.all[0]
        let r = BadInputTests.rows
        let lap2Start = r.firstIndex { CSVEdit.cells($0)[2] == Array("2".utf8) }!
        let s = try SessionIngest.ingest(CSVEdit.join(BadInputTests.header + Array(r.prefix(lap2Start + 500))))
        #expect(s.lapNumbers == [1])
        #expect(s.inOutLaps == [2])
        #expect(s.anomalousLaps.isEmpty)
        #expect(s.coachingLaps() == [1])
        #expect(s.snapshot.consistencyScore == 100)
        // One crossing each side: the gate comes from two lap changes only.
        #expect(abs(s.timedLaps[1]!.lapTime - f.truth.laps[0].lap_time_gps_s) <= 0.002)
    }

    @Test("laps too short to resample")
    func tooShort() {
        let r = BadInputTests.rows.map { row -> [UInt8] in
            var c = CSVEdit.cells(row)
            c[4] = Array("0.0".utf8)
            return CSVEdit.joinCells(c)
        }
        #expect(BadInputTests.message(CSVEdit.join(BadInputTests.header + r))
                == "Invalid CSV format: No laps could be resampled. Check session data quality.")
    }

    @Test("mutated files never crash the parser")
    func fuzz() {
        let seedFile = Array(BadInputTests.base.prefix(120_000))
        var state: UInt64 = 99
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let specials: [UInt8] = [0x2C, 0x0A, 0x0D, 0x22, 0x2E, 0x2D, 0x65, 0x30, 0x39, 0x20, 0x00, 0xFF]
        var outcomes = 0
        for round in 0..<300 {
            var b = seedFile
            for _ in 0..<(1 + next() % 20) {
                let i = next() % b.count
                switch next() % 4 {
                case 0: b[i] = specials[next() % specials.count]
                case 1: b.insert(specials[next() % specials.count], at: i)
                case 2: b.remove(at: i)
                default: b[i] = UInt8(truncatingIfNeeded: next())
                }
            }
            if round % 3 == 0 { b = Array(b.prefix(next() % b.count)) }
            do { _ = try RaceChronoParser.parse(b); outcomes += 1 } catch { outcomes += 1 }
        }
        #expect(outcomes == 300)
    }
}
