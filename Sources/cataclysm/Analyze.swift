import ArgumentParser
import Foundation
import Benchmarks
import TelemetryCore

/// `cataclysm analyze FILE [--json] [--truth FILE.json]`: the lap table and session summary of one CSV, without a
/// server; with `--truth`, the analysis scored against a simulated session's ground truth (`TruthScore`).
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Parse a RaceChrono CSV v3 file and print its laps.")
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Print JSON instead of a table.") var json = false
    @Option(help: "A ground-truth JSON of the same session: print the corner, brake-point, minimum-speed and optimal-lap score.")
    var truth: String?

    func run() throws {
        let session = try CSVInput.ingest(file)
        if let truth {
            guard let data = FileManager.default.contents(atPath: truth) else {
                FileHandle.standardError.write(Data("cataclysm: cannot read \(truth)\n".utf8))
                throw ExitCode(2)
            }
            let analysis = SessionAnalysis(session: session, sessionID: URL(fileURLWithPath: file).lastPathComponent)
            let score = try TruthScore.score(analysis: analysis, truthJSON: data)
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            print(TruthScore.table([(name, score)]))
            print(score.cornerLines.joined(separator: "\n"))
            if !score.failures.isEmpty { throw ExitCode(1) }
            return
        }
        let laps = session.lapSummaries.sorted { $0.lapNumber < $1.lapNumber }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let report = AnalyzeReport(track_name: session.metadata.trackName, session_date: session.metadata.sessionDate,
                                       best_lap: session.bestLap, laps: laps, snapshot: session.snapshot, rows: session.counts)
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        print("\(session.metadata.trackName) — \(session.metadata.sessionDate)")
        print("lap   time (s)   clean   max speed (mph)")
        for lap in laps {
            let marker = lap.lapNumber == session.bestLap ? " *" : ""
            print(String(format: "%3d  %9.3f   %-5@   %6.1f%@", lap.lapNumber, lap.lapTimeS, lap.isClean ? "yes" : "no",
                         lap.maxSpeedMps * 2.23694, marker))
        }
        let snapshot = session.snapshot
        print(String(format: "laps %d, clean %d, best %.3f s (lap %d), top-3 average %.3f s, average %.3f s",
                     snapshot.nLaps, snapshot.nCleanLaps, snapshot.bestLapTimeS, session.bestLap,
                     snapshot.top3AvgTimeS, snapshot.avgLapTimeS))
        let implausible = session.counts.implausible
        if implausible != ImplausibleRows() {
            print("implausible rows dropped: \(implausible.droppedRows) (\(implausible.summary)); distance jumps re-based: "
                  + "\(implausible.distanceJumpsRebased); sensor values cleared: \(implausible.sensorValuesCleared)")
        }
    }
}

struct AnalyzeReport: Encodable {
    var track_name: String
    var session_date: String
    var best_lap: Int
    var laps: [LapSummary]
    var snapshot: SessionSnapshot
    var rows: RowCounts
}

/// `cataclysm bench ingest|analysis|coach|pdf FILE…`: timings (use a release build); `bench synthesize` writes a larger
/// input for them and for `Scripts/loadtest.sh`.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks (run with -c release).", subcommands: [Ingest.self, Analysis.self, Coach.self, PDF.self, Synthesize.self])

    struct Synthesize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a longer, faster-sampled session built from a real export (SessionSynthesizer).")
        @Argument(help: "The CSV export to build from.") var input: String
        @Argument(help: "Where to write the new CSV.") var output: String
        @Option(help: "Sample-rate multiple (4: 25 Hz becomes 100 Hz).") var factor = 4
        @Option(help: "About this many bytes, by repeating the timed laps.") var bytes = 46_000_000

        func run() throws {
            let source = try CSVInput.read(input)
            let synthesized = SessionSynthesizer.longSession(from: source, factor: factor, targetBytes: bytes)
            try Data(synthesized).write(to: URL(fileURLWithPath: output))
            print("\(output): \(synthesized.count) bytes")
        }
    }

    struct Analysis: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every on-request analysis, cold medians per endpoint.")
        @Argument(help: "CSV files.") var files: [String]
        @Option(help: "Iterations per file.") var iterations = 31

        func run() throws {
            print(AnalysisBenchmark.run(files: files.map { URL(fileURLWithPath: $0) }, iterations: iterations))
        }
    }

    struct Coach: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The built-in coach: median and p95 ms per report.")
        @Argument(help: "CSV files.") var files: [String]
        @Option(help: "Iterations per file and skill level.") var iterations = 20

        func run() throws {
            print(CoachingBenchmark.run(files: files.map { URL(fileURLWithPath: $0) }, iterations: iterations))
        }
    }

    struct PDF: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pdf", abstract: "The coaching report PDF: median and p95 ms per render.")
        @Argument(help: "CSV files.") var files: [String]
        @Option(help: "Iterations per file.") var iterations = 50

        func run() throws {
            print(PDFBenchmark.run(files: files.map { URL(fileURLWithPath: $0) }, iterations: iterations))
        }
    }

    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Parse → laps → resample → snapshot, per-stage medians.")
        @Argument(help: "CSV files.") var files: [String]
        @Option(help: "Iterations per file.") var iterations = 20

        func run() throws {
            print(IngestBenchmark.run(files: files.map { URL(fileURLWithPath: $0) }, iterations: iterations))
        }
    }
}
