import Foundation
import TelemetryCore

/// Runs one upload's bytes through everything the server does with them: parse → laps → resample → every
/// analysis endpoint → the JSON encoder (which refuses NaN and ±Infinity). Shared by the fuzz targets and the
/// regression tests that replay their findings.
///
/// A rejected file (`CSVFormatError`) and an analysis that answers a documented 4xx (`AnalysisError`) are
/// normal outcomes. Anything else — a trap, an encoder error, a non-finite number in JSON — is a bug: it is
/// reported as `Finding`, and the fuzz targets turn it into a crash.
public enum PipelineExercise {
    /// What became of one input.
    public enum Outcome: Sendable, Equatable {
        /// Refused at ingest with this message (the upload's 422).
        case rejected(String)
        /// Analysed: laps resampled and JSON bytes written over every endpoint.
        case analysed(laps: Int, jsonBytes: Int)
    }

    /// A response the server could not have written.
    public struct Finding: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `bytes` through the pipeline. Every response is scanned for non-finite numbers; `JSONEncoder` writes
    /// them too when `encodeAll` is set (the tests), else on one input in 16 chosen by the input's bytes (the
    /// fuzzers, where writing megabytes of JSON per input would cost most of the executions).
    public static func run(_ bytes: UnsafeRawBufferPointer, encodeAll: Bool = true) throws(Finding) -> Outcome {
        let session: ProcessedSession
        do { session = try SessionIngest.ingest(bytes) } catch { return .rejected(error.message) }
        var json = JSONOutput(encode: encodeAll || sampled(bytes))
        let analysis = SessionAnalysis(session: session, sessionID: "fuzz")
        try responses(analysis, into: &json)
        try json.write("lap \(session.bestLap) data") { session.laps[session.bestLap] }
        return .analysed(laps: session.laps.count, jsonBytes: json.bytes)
    }

    /// A deterministic one-in-16 choice from the input's bytes (FNV-1a).
    static func sampled(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return hash & 15 == 0
    }

    /// Same, for an array of bytes.
    public static func run(_ bytes: [UInt8], encodeAll: Bool = true) throws(Finding) -> Outcome {
        let result: Result<Outcome, Finding> = bytes.withUnsafeBytes { buffer in
            do throws(Finding) { return .success(try run(buffer, encodeAll: encodeAll)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Every per-session endpoint, with the query values a client would send.
    static func responses(_ a: SessionAnalysis, into json: inout JSONOutput) throws(Finding) {
        let laps = a.session.lapNumbers
        let best = a.session.bestLap
        try json.write("corners") { a.corners() }
        try json.write("corners/all-laps") { a.cornersAllLaps() }
        try json.write("consistency") { try a.consistency() }
        try json.write("delta") { try a.delta(ref: best, comp: laps.first { $0 != best } ?? best) }
        try json.write("gains") { try a.gains() }
        try json.write("grip") { try a.grip() }
        try json.write("gps-quality") { try a.gpsQuality() }
        try json.write("ideal-lap") { try a.idealLap() }
        try json.write("optimal-profile") { a.optimalProfile() }
        try json.write("charts/linked") { try a.linkedCharts(laps: Array(laps.prefix(2))) }
        try json.write("sectors") { try a.sectors() }
        try json.write("mini-sectors") { try a.miniSectors(n: 20, lap: laps.last) }
        try json.write("degradation") { a.degradation() }
        try json.write("session score") { a.sessionScore() }
        try json.write("snapshot extras") { a.snapshotExtras() }
        try json.write("snapshot") { a.session.snapshot }
        for record in CornerRecords.records(a) {
            try json.check("corner record \(record.cornerNumber)",
                           [record.sectorTimeS, record.minSpeedMps, record.brakePointM, record.consistencyCV])
        }
        let side = SessionComparison.Side(analysis: a)
        try json.write("compare") { try SessionComparison.compare(a: side, b: side) }
        let trend = a.trendInput(dateDisplay: "01/01/2026", date: Date(timeIntervalSince1970: 1_767_225_600))
        var other = trend
        other.id = "fuzz-2"
        try json.write("trends") { try Trends.compute(trackName: "fuzz", sessions: [trend, other]) }
        try json.write("milestones") { try Milestones.compute(trackName: "fuzz", sessions: [trend, other]) }
    }
}

/// Checks responses for what the server's encoder refuses, and encodes them the way the server does.
struct JSONOutput {
    private let encoder = JSONEncoder()
    /// Whether to run `JSONEncoder` as well as the non-finite scan.
    let encode: Bool
    private(set) var bytes = 0

    /// Encodes `make()`; an `AnalysisError` is a documented answer, any other failure a finding.
    mutating func write<T: Encodable>(_ what: String, _ make: () throws -> T?) throws(PipelineExercise.Finding) {
        let value: T?
        do { value = try make() } catch is AnalysisError { return } catch {
            throw .init(description: "\(what): unexpected error \(error)")
        }
        guard let value else { return }
        if let path = NonFiniteScan.firstNonFinite(value) {
            throw .init(description: "\(what): non-finite number in JSON at \(path)")
        }
        guard encode else { return }
        let data: Data
        do { data = try encoder.encode(value) } catch {
            throw .init(description: "\(what): not encodable as JSON: \(error)")
        }
        bytes += data.count
    }

    /// Numbers that are stored or compared (not encoded by the analyses' wrappers) must be finite or absent.
    func check(_ what: String, _ numbers: [Double?]) throws(PipelineExercise.Finding) {
        if numbers.contains(where: { $0.map { !$0.isFinite } ?? false }) {
            throw .init(description: "\(what): non-finite number \(numbers)")
        }
    }
}
