import Coaching
import CoachingPDF
import Foundation
import TelemetryCore

/// A fixture session, ingested and analysed, with the built-in coach's report at each skill level.
struct ReportFixture: Sendable, CustomStringConvertible {
    let name: String
    let analysis: SessionAnalysis
    var description: String { name }

    /// `$CATACLYSM_FIXTURES`, else the shared fixtures beside the repository, else the repository's `Fixtures/sessions`
    /// (as the coaching tests find them).
    static let directory: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [ProcessInfo.processInfo.environment["CATACLYSM_FIXTURES"].map { URL(fileURLWithPath: $0) },
                          root.deletingLastPathComponent().appendingPathComponent("shared/fixtures/sessions"),
                          root.appendingPathComponent("Fixtures/sessions")]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.path) }
    }()

    /// Every fixture that ingests, sorted by name, loaded once.
    static let all: [ReportFixture] = {
        guard let directory, let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "csv" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .compactMap { url in
                guard let data = try? Data(contentsOf: url), let session = try? SessionIngest.ingest([UInt8](data)) else { return nil }
                return ReportFixture(name: url.deletingPathExtension().lastPathComponent,
                                     analysis: SessionAnalysis(session: session, sessionID: url.lastPathComponent))
            }
    }()

    /// The Barber session (12 corners) the PDF layout and timing are judged on.
    static var barber: ReportFixture? { all.first { $0.name.hasPrefix("barber") } }

    func report(_ skill: CoachingSkill) -> CoachingReport {
        BuiltinCoach().report(for: CoachingFacts.make(from: analysis, skill: skill))
    }

    var session: CoachingPDFSession { CoachingPDFSession(analysis: analysis) }
}
