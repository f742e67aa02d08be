import Foundation
import TelemetryCore

/// Stage-by-stage timing of the ingest pipeline, for `ingest-bench` and the server's
/// `cataclysm bench ingest`. Run it on a release build.
public enum IngestBenchmark {
    /// A named input held in memory.
    public struct Input: Sendable {
        /// Label in the report.
        public var name: String
        /// File contents.
        public var bytes: [UInt8]
        /// Creates an input.
        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// Reads the files and benchmarks them; returns the printed report.
    public static func run(files: [URL], iterations: Int) -> String {
        var inputs: [Input] = []
        var errors: [String] = []
        for url in files {
            do { inputs.append(Input(name: url.lastPathComponent, bytes: [UInt8](try Data(contentsOf: url)))) }
            catch { errors.append("\(url.lastPathComponent): cannot read: \(error)") }
        }
        return (errors.map { $0 + "\n" }.joined()) + run(inputs: inputs, iterations: iterations)
    }

    /// Benchmarks in-memory inputs: each stage `iterations` times; reports medians.
    ///
    /// Stages: `parse` (bytes → filtered columnar channels), `laps` (gate estimation, crossings,
    /// §3.2 filter), `resample` (every lap onto the 0.7 m grid), `summary` (summaries, best,
    /// anomalous, snapshot), and `ingest` (the whole `SessionIngest.ingest`, timed separately).
    /// Memory: `est` = `estimatedMemoryBytes`; `/held` = est ÷ Σ count×8 of the arrays the
    /// session holds; `/file` = est ÷ (data rows × columns read × 8), the file's numbers;
    /// `cpu parse`/`cpu ingest` = median thread CPU time (ms), which a busy machine inflates less
    /// than wall time. `rss MB` = growth of resident memory (after malloc_trim) while the session is alive (Linux).
    public static func run(inputs: [Input], iterations: Int) -> String {
        let n = max(1, iterations)
        var lines: [String] = []
        lines.append("ingest benchmark: \(n) iterations per stage, median ms")
        lines.append(pad("file", 34) + rpad("MB", 7) + rpad("rows", 8) + rpad("parse", 8) + rpad("laps", 7)
                     + rpad("resamp", 8) + rpad("summ", 7) + rpad("ingest", 8) + rpad("parse MB/s", 11)
                     + rpad("est MB", 8) + rpad("/held", 6) + rpad("/file", 6) + rpad("rss MB", 8)
                     + rpad("cpu parse", 10) + rpad("cpu ingest", 11))
        for input in inputs {
            let mb = Double(input.bytes.count) / 1_000_000
            let parsed: ParsedTelemetry
            do { parsed = try RaceChronoParser.parse(input.bytes) } catch {
                lines.append(pad(input.name, 34) + " rejected: \(error.message)")
                continue
            }
            var parseMs: [Double] = [], lapsMs: [Double] = [], resampleMs: [Double] = []
            var summaryMs: [Double] = [], ingestMs: [Double] = []
            var parseCPUms: [Double] = [], ingestCPUms: [Double] = []
            var failure: String?
            for _ in 0..<n {
                do throws(CSVFormatError) {
                    let (p, t0, c0) = try timed { () throws(CSVFormatError) in try RaceChronoParser.parse(input.bytes) }
                    parseMs.append(t0)
                    parseCPUms.append(c0)
                    let (kept, t1, _) = try timed { () throws(CSVFormatError) in
                        try LapFilter.filter(LapSplitter.split(p.channels).timedLaps)
                    }
                    lapsMs.append(t1)
                    let (res, t2, _) = try timed { () throws(CSVFormatError) in try SessionIngest.resampleAll(kept, p.channels) }
                    resampleMs.append(t2)
                    let (_, t3, _) = timed { () -> SessionSnapshot in
                        let s = LapSummary.summarize(res.timed, p.channels)
                        let a = LapClassification.anomalousLaps(s, bestLap: s.first?.lapNumber)
                        return SessionSnapshot.make(summaries: s, anomalous: a)
                    }
                    summaryMs.append(t3)
                    let (_, t4, c4) = try timed { () throws(CSVFormatError) in try SessionIngest.ingest(input.bytes) }
                    ingestMs.append(t4)
                    ingestCPUms.append(c4)
                } catch {
                    failure = error.message
                    break
                }
            }
            if let failure {
                lines.append(pad(input.name, 34) + " rejected: \(failure)")
                continue
            }
            let before = HeapUsage.residentBytesAfterTrim()
            let session = try? SessionIngest.ingest(input.bytes)
            let after = HeapUsage.residentBytesAfterTrim()
            let est = session?.estimatedMemoryBytes ?? 0
            let held = Double(est) / Double(max(1, session?.numericPayloadBytes ?? 1))
            let columnsRead = Channel.allCases.filter { parsed.layout.column(of: $0) != nil }.count
            let fileNumbers = parsed.counts.dataRows * columnsRead * 8
            let heap = before.flatMap { b in after.map { Double($0 - b) / 1_000_000 } }
            let parseMed = median(parseMs)
            lines.append(pad(input.name, 34) + rpad(f(mb, 1), 7) + rpad("\(parsed.counts.dataRows)", 8)
                         + rpad(f(parseMed, 2), 8) + rpad(f(median(lapsMs), 2), 7) + rpad(f(median(resampleMs), 2), 8)
                         + rpad(f(median(summaryMs), 3), 7) + rpad(f(median(ingestMs), 2), 8)
                         + rpad(f(mb / (parseMed / 1000), 0), 11) + rpad(f(Double(est) / 1_000_000, 2), 8)
                         + rpad(f(held, 2), 6) + rpad(f(Double(est) / Double(max(1, fileNumbers)), 2), 6)
                         + rpad(heap.map { f($0, 2) } ?? "n/a", 8)
                         + rpad(f(median(parseCPUms), 2), 10) + rpad(f(median(ingestCPUms), 2), 11))
            withExtendedLifetime(session) {}
        }
        lines.append("parse MB/s = MB / median parse wall time; cpu = median thread CPU ms (less inflated by a busy machine)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Runs `body`; returns its value, wall time and thread CPU time (ms).
    static func timed<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (T, Double, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = threadCPUNanoseconds()
        let value = try body()
        let cpu = threadCPUNanoseconds() - cpuStart
        let wall = DispatchTime.now().uptimeNanoseconds - start
        return (value, Double(wall) / 1_000_000, Double(cpu) / 1_000_000)
    }

    static func threadCPUNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    static func median(_ xs: [Double]) -> Double { Numerics.median(xs) ?? .nan }
    static func f(_ x: Double, _ d: Int) -> String { String(format: "%.\(d)f", x) }
    static func pad(_ s: String, _ w: Int) -> String { s.count >= w ? String(s.prefix(w - 1)) + " " : s + String(repeating: " ", count: w - s.count) }
    static func rpad(_ s: String, _ w: Int) -> String { s.count >= w ? " " + s : String(repeating: " ", count: w - s.count) + s }
}
