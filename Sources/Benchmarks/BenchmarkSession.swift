import Foundation
import TelemetryCore

/// What the per-report benchmarks (`bench coach`, `bench pdf`) share: a file's analysis facade and the summary line.
enum BenchmarkSession {
    /// The facade of an ingested file, or `nil` (after noting `cannot ingest` in `lines`) when it does not ingest.
    static func analysis(_ url: URL, notingFailureIn lines: inout [String]) -> SessionAnalysis? {
        guard let data = try? Data(contentsOf: url), let session = try? SessionIngest.ingest([UInt8](data)) else {
            lines.append("\(url.lastPathComponent): cannot ingest")
            return nil
        }
        return SessionAnalysis(session: session, sessionID: "bench")
    }

    /// `  name                  median 1.234 ms   p95 2.345 ms`.
    static func percentiles(_ name: String, _ ms: [Double]) -> String {
        "  " + name.padding(toLength: 22, withPad: " ", startingAt: 0)
            + String(format: "median %.3f ms   p95 %.3f ms", Numerics.median(ms) ?? .nan, Numerics.percentile(ms, 95) ?? .nan)
    }
}
