import Foundation
import Testing
@testable import TelemetryCore

@Suite("Parsing details")
struct ParsingTests {
    @Test("fast float parsing is exact (equals Double(String)) on the fixture's cells")
    func exactOnFixture() {
        let rows = CSVEdit.rows(Fixture.all[1].csv)
        var checked = 0
        for row in rows.prefix(3000) {
            for cell in CSVEdit.cells(row) where !cell.isEmpty {
                let text = String(decoding: cell, as: UTF8.self)
                #expect(FastFloat.parse(text) == Double(text), "\(text)")
                checked += 1
            }
        }
        #expect(checked > 80_000)
    }

    @Test("fast float: SWAR path equals Double(String) on random decimals")
    func swarRandom() {
        var state: UInt64 = 1
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11
        }
        for _ in 0..<20_000 {
            let intDigits = Int(next() % 12), fracDigits = Int(next() % 10)
            var s = next() % 2 == 0 ? "-" : ""
            s += intDigits == 0 ? "0" : String((0..<intDigits).map { _ in Character(String(next() % 10)) })
            if fracDigits > 0 { s += "." + String((0..<fracDigits).map { _ in Character(String(next() % 10)) }) }
            let bytes = Array((s + ",").utf8) + [UInt8](repeating: 0, count: 16)
            let parsed = bytes.withUnsafeBufferPointer { buffer in
                FastFloat.parseSWAR(buffer.baseAddress!, FastFloat.tables).map { ($0.value, $0.end - buffer.baseAddress!) }
            }
            if let (value, length) = parsed {
                #expect(value == Double(s), "\(s)")
                #expect(length == s.utf8.count)
            } else {
                // Only mantissas beyond 2^53 leave the fast path.
                #expect(intDigits + fracDigits > 15, "\(s)")
            }
            #expect(FastFloat.parse(s) == Double(s), "\(s)")
        }
    }

    @Test("fast float: edge cases")
    func edges() {
        #expect(FastFloat.parse("0") == 0)
        #expect(FastFloat.parse("-0.5") == -0.5)
        #expect(FastFloat.parse(".5") == 0.5)
        #expect(FastFloat.parse("5.") == 5)
        #expect(FastFloat.parse("1e3") == 1000)
        #expect(FastFloat.parse("1.5E-3") == 0.0015)
        #expect(FastFloat.parse("12345678901234567890123") == 12345678901234567890123.0)
        #expect(FastFloat.parse("0.1000000000000000055511151231257827") == 0.1)
        for bad in ["", "-", ".", "e5", "1e", "1.2.3", "0x10", "inf", "nan", "1,2", "1 2", "1e400"] {
            #expect(FastFloat.parse(bad) == nil, "\(bad)")
        }
    }

    @Test("metadata: version, quoted track name, created date+time")
    func metadata() {
        let m = SessionMetadata.extract(lines: [
            "This file is created using RaceChrono v9.1.3 ( http://racechrono.com/ ).", "Format,3",
            "Session title,\"Test\"", "Session type,Lap timing", "Track name,\"Road Atlanta, GA\" ",
            "Driver name,", "Created,21/02/2026,22:12", "Note,"])
        #expect(m == SessionMetadata(trackName: "Road Atlanta, GA", sessionDate: "21/02/2026 22:12", racechronoVersion: "v9.1.3"))
        let empty = SessionMetadata.extract(lines: ["hello", "Created,2026-02-21"])
        #expect(empty == SessionMetadata(trackName: "", sessionDate: "2026-02-21", racechronoVersion: ""))
    }

    @Test("standard layout reads the standard positions; other layouts go by header name and source")
    func layout() throws {
        let names = CSVLine.cells(CSVEdit.header(Fixture.all[0].csv)[9][...])
        let sources = CSVLine.cells(CSVEdit.header(Fixture.all[0].csv)[11][...])
        let standard = try ColumnLayout.detect(names: names, sources: sources)
        #expect(standard.mode == .standardPositions)
        #expect(Channel.allCases.allSatisfy { standard.column(of: $0) == $0.standardPosition })
        // Without fragment_id and with the two speed columns' source tags swapped: by name,
        // the GPS-tagged speed wins.
        var renamed = names
        renamed.remove(at: 1)
        var swapped = sources
        swapped.remove(at: 1)
        swapped.swapAt(13, 19)
        let byName = try ColumnLayout.detect(names: renamed, sources: swapped)
        #expect(byName.mode == .headerNames)
        #expect(byName.column(of: .speed) == 19)
        #expect(byName.column(of: .lapNumber) == 1)
        #expect(byName.column(of: .yawRate) == 27)
    }

    @Test("rows with more cells than the header are accepted; blank lines skipped")
    func extraCells() throws {
        let f = Fixture.all[0]
        var rows = CSVEdit.rows(f.csv)
        rows[100] += Array(",extra,\"quoted, cell\"".utf8)
        rows.insert([], at: 200)
        let parsed = try RaceChronoParser.parse(CSVEdit.join(CSVEdit.header(f.csv) + rows))
        #expect(parsed.counts.dataRows == f.truth.session.rows)
        #expect(parsed.channels.elapsedTime == f.session.channels.elapsedTime)
    }
}
