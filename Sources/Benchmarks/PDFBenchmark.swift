import Coaching
import CoachingPDF
import Foundation
import TelemetryCore

/// Timing of the coaching report PDF, for `cataclysm bench pdf`: the built-in coach's intermediate report of each file
/// rendered from a warm facade (analyses already computed, as on a server that has served the session). Run it on a
/// release build.
public enum PDFBenchmark {
    /// Ingests each file, warms its analyses and writes its report, then times `iterations` renders; prints median and
    /// p95 ms per file and over every (file, iteration), for the session extraction and the render.
    public static func run(files: [URL], iterations: Int) -> String {
        let n = max(1, iterations)
        var renderMs: [Double] = [], sessionMs: [Double] = []
        var lines = ["coaching PDF benchmark: ms per report over \(n) iterations per file (release build expected)"]
        for url in files {
            guard let analysis = BenchmarkSession.analysis(url, notingFailureIn: &lines) else { continue }
            let report = BuiltinCoach().report(for: CoachingFacts.make(from: analysis, skill: .intermediate))
            var session = CoachingPDFSession(analysis: analysis)
            var bytes = CoachingReportPDF.render(report: report, session: session)   // warm-up
            var fileRender: [Double] = []
            for _ in 0..<n {
                sessionMs.append(AnalysisBenchmark.time { session = CoachingPDFSession(analysis: analysis) })
                let r = AnalysisBenchmark.time { bytes = CoachingReportPDF.render(report: report, session: session) }
                renderMs.append(r)
                fileRender.append(r)
            }
            lines.append(String(format: "  %@: %d corners, %d bytes, render median %.3f ms   p95 %.3f ms", url.lastPathComponent,
                                report.corner_grades.count, bytes.count, Numerics.median(fileRender) ?? .nan,
                                Numerics.percentile(fileRender, 95) ?? .nan))
        }
        for (name, xs) in [("render", renderMs), ("session facts (warm)", sessionMs)] {
            lines.append(BenchmarkSession.percentiles(name, xs))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
