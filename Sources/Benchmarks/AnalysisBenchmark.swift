import Foundation
import TelemetryCore

/// Cold timing of the on-request analyses, for `analysis-bench`. Run it on a release build.
public enum AnalysisBenchmark {
    /// The endpoints timed, each on a fresh facade (so shared results are recomputed).
    public static let endpoints: [(name: String, run: @Sendable (SessionAnalysis) -> Void)] = [
        ("corners", { _ = $0.corners() }),
        ("corners/all-laps", { _ = $0.cornersAllLaps() }),
        ("consistency", { _ = try? $0.consistency() }),
        ("delta", { a in _ = try? a.delta(ref: a.session.bestLap, comp: a.coachingLaps.last ?? a.session.bestLap) }),
        ("gains", { _ = try? $0.gains() }),
        ("grip", { _ = try? $0.grip() }),
        ("gps-quality", { _ = try? $0.gpsQuality() }),
        ("ideal-lap", { _ = try? $0.idealLap() }),
        ("optimal-profile", { _ = $0.optimalProfile() }),
        ("charts/linked", { a in _ = try? a.linkedCharts(laps: Array(a.coachingLaps.prefix(2))) }),
        ("sectors", { _ = try? $0.sectors() }),
        ("mini-sectors", { _ = try? $0.miniSectors(n: 20, lap: nil) }),
        ("degradation", { _ = $0.degradation() }),
        ("snapshot-extras", { _ = $0.snapshotExtras() }),
    ]

    /// Ingests each file, then times every endpoint cold (`iterations` fresh facades each) and
    /// all of them together on one fresh facade; reports medians in ms.
    public static func run(files: [URL], iterations: Int) -> String {
        let n = max(1, iterations)
        var lines = ["analysis benchmark: cold median ms over \(n) fresh facades (release build expected)"]
        for url in files {
            guard let data = try? Data(contentsOf: url), let session = try? SessionIngest.ingest([UInt8](data)) else {
                lines.append("\(url.lastPathComponent): cannot ingest")
                continue
            }
            lines.append(String(format: "%@ (%.1f MB, %d laps, best %d)", url.lastPathComponent,
                                Double(data.count) / 1_000_000, session.laps.count, session.bestLap))
            for (name, run) in endpoints {
                var times: [Double] = [], cpu: [Double] = []
                for _ in 0..<n {
                    let facade = SessionAnalysis(session: session, sessionID: "bench", tags: [:])
                    let c0 = cpuNanoseconds()
                    times.append(time { run(facade) })
                    cpu.append(Double(cpuNanoseconds() - c0) / 1_000_000)
                }
                lines.append("  " + name.padding(toLength: 18, withPad: " ", startingAt: 0) + String(format: "%8.2f", median(times))
                             + String(format: "   (cpu %.2f)", median(cpu)))
            }
            var all: [Double] = [], allCPU: [Double] = []
            var encoded: [Double] = []
            for _ in 0..<n {
                let facade = SessionAnalysis(session: session, sessionID: "bench", tags: [:])
                let c0 = cpuNanoseconds()
                all.append(time { for (_, run) in endpoints { run(facade) } })
                allCPU.append(Double(cpuNanoseconds() - c0) / 1_000_000)
                let enc = JSONEncoder()
                encoded.append(time {
                    _ = try? enc.encode(facade.corners())
                    _ = try? enc.encode(facade.cornersAllLaps())
                    _ = try? enc.encode(facade.consistency())
                    _ = try? enc.encode(facade.gains())
                    _ = try? enc.encode(facade.optimalProfile())
                })
            }
            lines.append("  " + "ALL (one facade)".padding(toLength: 18, withPad: " ", startingAt: 0) + String(format: "%8.2f", median(all))
                         + String(format: "   (thread CPU %.2f ms)", median(allCPU)))
            lines.append("  " + "(JSON encode 5)".padding(toLength: 18, withPad: " ", startingAt: 0) + String(format: "%8.2f", median(encoded)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    static func cpuNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    static func median(_ xs: [Double]) -> Double { Numerics.median(xs) ?? .nan }
}
