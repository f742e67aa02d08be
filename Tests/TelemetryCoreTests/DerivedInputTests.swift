import Foundation
import Testing
@testable import TelemetryCore

/// What real exports contain, built in memory from the fixtures: rows out of time order,
/// a faster source's rows interleaved, CRLF + BOM, no IMU columns, 10 Hz. Every variant is
/// checked against the ground truth with the same tolerances as the unchanged files
/// (10 Hz: see `tenHertz`).
@Suite("Derived inputs")
struct DerivedInputTests {
    static func expectTruthLaps(_ s: ProcessedSession, _ f: Fixture, gpsTolerance: Double = 0.002,
                                gpsMean: Double = 0.001, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(s.lapNumbers == Array(1...8), sourceLocation: sourceLocation)
        #expect(s.inOutLaps == [9], sourceLocation: sourceLocation)
        guard s.lapNumbers == Array(1...8) else { return }
        let gps = lapErrors(s, f.truth, gps: true), truth = lapErrors(s, f.truth)
        #expect(gps.allSatisfy { abs($0) <= gpsTolerance }, "vs lap_time_gps_s \(gps)", sourceLocation: sourceLocation)
        #expect(meanAbs(gps) <= gpsMean, "mean \(meanAbs(gps))", sourceLocation: sourceLocation)
        #expect(truth.allSatisfy { abs($0) <= 0.03 }, "vs lap_time_s \(truth)", sourceLocation: sourceLocation)
        #expect(meanAbs(truth) <= 0.012, sourceLocation: sourceLocation)
        #expect(s.bestLap == f.truth.summary.best_lap, sourceLocation: sourceLocation)
        #expect(s.anomalousLaps == LapTimingTests.expectedAnomalous[f.name]!, sourceLocation: sourceLocation)
    }

    @Test("rows in shuffled order: stable sort by elapsed time restores the session", arguments: Fixture.all)
    func shuffled(_ f: Fixture) throws {
        let s = try SessionIngest.ingest(CSVEdit.shuffled(f.csv, seed: 42))
        DerivedInputTests.expectTruthLaps(s, f)
        #expect(s.counts.rowsFiltered == f.truth.gps_quality.rows_filtered)
        // Order must not matter at all.
        #expect(s.lapSummaries == f.session.lapSummaries)
        #expect(s.channels.elapsedTime == f.session.channels.elapsedTime)
        #expect(s.raw.accuracy == f.session.raw.accuracy)
    }

    @Test("a 100 Hz accelerometer source interleaved (empty GPS cells): its rows are dropped", arguments: [Fixture.all[0]])
    func interleavedSource(_ f: Fixture) throws {
        let (bytes, inserted) = CSVEdit.interleavingAccelerometerRows(f.csv, perRow: 3)
        let s = try SessionIngest.ingest(bytes)
        #expect(s.counts.incompleteRows == inserted)
        #expect(s.counts.rawRows == f.truth.session.rows)
        #expect(s.counts.rowsFiltered == f.truth.gps_quality.rows_filtered)
        DerivedInputTests.expectTruthLaps(s, f)
        #expect(s.lapSummaries == f.session.lapSummaries)
    }

    @Test("a few rows without lap number inside a lap still belong to it")
    func lapNumberGap() throws {
        let f = Fixture.all[2]
        var rows = CSVEdit.rows(f.csv)
        let inLap4 = rows.indices.filter { CSVEdit.cells(rows[$0])[2] == Array("4".utf8) }
        for i in inLap4[1000..<1005] {
            var c = CSVEdit.cells(rows[i])
            c[2] = []
            rows[i] = CSVEdit.joinCells(c)
        }
        let s = try SessionIngest.ingest(CSVEdit.join(CSVEdit.header(f.csv) + rows))
        DerivedInputTests.expectTruthLaps(s, f)
        #expect(s.lapSummaries == f.session.lapSummaries)
    }

    @Test("CRLF line endings and a UTF-8 BOM", arguments: Fixture.all)
    func crlfAndBOM(_ f: Fixture) throws {
        let bytes = [0xEF, 0xBB, 0xBF] + CSVEdit.join(CSVEdit.lines(f.csv), crlf: true)
        let s = try SessionIngest.ingest(bytes)
        DerivedInputTests.expectTruthLaps(s, f)
        #expect(s.metadata == f.session.metadata)
        #expect(s.counts == f.session.counts)
        #expect(s.lapSummaries == f.session.lapSummaries)
    }

    @Test("IMU columns removed: accepted by header names, g derived from GPS speed and heading", arguments: Fixture.all)
    func noIMU(_ f: Fixture) throws {
        let bytes = CSVEdit.keepingColumns(f.csv, Array(0...14))
        let parsed = try RaceChronoParser.parse(bytes)
        #expect(parsed.layout.mode == .headerNames)
        #expect(parsed.layout.headerCount == 15)
        #expect(parsed.channels.accelerationSource == .derivedFromGPS)
        #expect(parsed.channels.xAcc == nil && parsed.channels.yawRate == nil)
        let s = try SessionIngest.process(parsed)
        DerivedInputTests.expectTruthLaps(s, f)
        #expect(s.counts.rowsFiltered == f.truth.gps_quality.rows_filtered)

        // The export's own lateral_acc / longitudinal_acc (GPS-derived, ~0.2 s smoothing) as reference.
        let recorded = f.session.channels
        let derived = s.channels
        func rms(_ a: [Double], _ b: [Double]) -> Double {
            (zip(a, b).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / Double(a.count)).squareRoot()
        }
        func correlation(_ a: [Double], _ b: [Double]) -> Double {
            let ma = a.reduce(0, +) / Double(a.count), mb = b.reduce(0, +) / Double(b.count)
            let cov = zip(a, b).map { ($0 - ma) * ($1 - mb) }.reduce(0, +)
            let va = a.map { ($0 - ma) * ($0 - ma) }.reduce(0, +), vb = b.map { ($0 - mb) * ($0 - mb) }.reduce(0, +)
            return cov / (va * vb).squareRoot()
        }
        #expect(derived.count == recorded.count)
        let latRMS = rms(derived.lateralG, recorded.lateralG), lonRMS = rms(derived.longitudinalG, recorded.longitudinalG)
        #expect(latRMS < 0.08, "lateral RMS \(latRMS) g")
        #expect(lonRMS < 0.04, "longitudinal RMS \(lonRMS) g")
        // Positive correlation also proves the sign: right-hand turns positive.
        #expect(correlation(derived.lateralG, recorded.lateralG) > 0.98)
        #expect(correlation(derived.longitudinalG, recorded.longitudinalG) > 0.98)
        let lap = s.laps[s.bestLap]!
        #expect(lap.lateralG != nil && lap.longitudinalG != nil)
    }

    /// 10 Hz: every cell linearly interpolated from the 25 Hz export at t = 0.1·k. The
    /// positions are the same noisy track but 4.6 m apart instead of 1.8 m, so each crossing
    /// is interpolated over a longer chord (the car's speed changes within it, and the lap
    /// number changes up to one 10 Hz row late): measured ≤ 0.0014 s against `lap_time_gps_s`
    /// (25 Hz: ≤ 0.0008 s). Asserted: ≤ 0.003 s per lap, mean ≤ 0.0015 s; against `lap_time_s`
    /// the same 0.03 s / 0.012 s as at 25 Hz.
    @Test("down-sampled to 10 Hz", arguments: Fixture.all)
    func tenHertz(_ f: Fixture) throws {
        let bytes = CSVEdit.resampled(f.csv, hz: 10)
        let s = try SessionIngest.ingest(bytes)
        #expect(abs(s.counts.dataRows - f.truth.session.rows * 10 / 25) <= 1)
        DerivedInputTests.expectTruthLaps(s, f, gpsTolerance: 0.003, gpsMean: 0.0015)
    }
}
