import Coaching
import Foundation
import TelemetryCore

/// Timing of the built-in coach, for `cataclysm bench coach`: the facts from a warm facade (analyses already computed,
/// as on a server that has served the session) and the report from the facts, per report. Run it on a release build.
public enum CoachingBenchmark {
    /// Ingests each file, warms its analyses, then times `iterations` facts builds and reports per skill level;
    /// prints median and p95 ms over every (file, skill, iteration).
    public static func run(files: [URL], iterations: Int) -> String {
        let n = max(1, iterations)
        var factsMs: [Double] = [], reportMs: [Double] = [], totalMs: [Double] = []
        var lines = ["coaching benchmark: ms per report over \(n) iterations × 3 skill levels per file (release build expected)"]
        for url in files {
            guard let analysis = BenchmarkSession.analysis(url, notingFailureIn: &lines) else { continue }
            _ = CoachingFacts.make(from: analysis, skill: .intermediate)   // warm the shared analyses
            var fileReport: [Double] = []
            for _ in 0..<n {
                for skill in CoachingSkill.allCases {
                    var facts: CoachingFacts? = nil
                    let f = AnalysisBenchmark.time { facts = CoachingFacts.make(from: analysis, skill: skill) }
                    let r = AnalysisBenchmark.time { _ = BuiltinCoach().report(for: facts!) }
                    factsMs.append(f); reportMs.append(r); totalMs.append(f + r); fileReport.append(r)
                }
            }
            lines.append(String(format: "  %@: report median %.3f ms", url.lastPathComponent, Numerics.median(fileReport) ?? .nan))
        }
        for (name, xs) in [("report (from facts)", reportMs), ("facts (warm facade)", factsMs), ("facts + report", totalMs)] {
            lines.append(BenchmarkSession.percentiles(name, xs))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
