import Foundation
import Testing
@testable import TelemetryCore

/// Every simulated session in every fixture folder (`Fixtures/sessions/*/*.csv` with its truth JSON beside it; the
/// environment variable `CATACLYSM_FIXTURE_SESSIONS` names another folder of track folders to score), with the part
/// of its truth that describes the simulated car and its limit lap.
struct LimitLapFixture: Sendable, CustomTestStringConvertible {
    /// The truth's car, its limit-lap model and the lap times.
    struct Truth: Decodable, Sendable {
        struct Session: Decodable, Sendable {
            struct Car: Decodable, Sendable {
                let mu: Double
                let power_to_weight_w_per_kg: Double
                let top_speed_mps: Double
            }
            struct LimitModel: Decodable, Sendable {
                let traction_limit_g: Double
                /// Drag deceleration per v² (1/m).
                let drag_coefficient_per_m: Double
            }
            let car: Car
            let limit_model: LimitModel
            let limit_lap_time_s: Double
        }
        struct Summary: Decodable, Sendable { let best_lap_time_s: Double }
        let session: Session
        let summary: Summary
    }

    let name: String
    let truth: Truth
    /// The session ingested (nil when it cannot be, e.g. a logger without lap numbers before issue #16).
    let session: ProcessedSession?
    var testDescription: String { name }

    static let root: URL = {
        if let other = ProcessInfo.processInfo.environment["CATACLYSM_FIXTURE_SESSIONS"] { return URL(fileURLWithPath: other) }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/sessions")
    }()

    /// Every fixture of every folder, sorted by folder and name, loaded once.
    static let all: [LimitLapFixture] = {
        let files = FileManager.default
        let folders = ((try? files.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)) ?? []).sorted { $0.path < $1.path }
        return folders.flatMap { folder -> [LimitLapFixture] in
            let csvs = ((try? files.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "csv" }.sorted { $0.path < $1.path }
            return csvs.compactMap { csv in
                guard let json = try? Data(contentsOf: csv.deletingPathExtension().appendingPathExtension("json")),
                      let truth = try? JSONDecoder().decode(Truth.self, from: json),
                      let bytes = try? Data(contentsOf: csv) else { return nil }
                return LimitLapFixture(name: folder.lastPathComponent + "/" + csv.deletingPathExtension().lastPathComponent,
                                       truth: truth, session: try? SessionIngest.ingest([UInt8](bytes)))
            }
        }
    }()

    /// The fixtures that ingest.
    static var ingested: [LimitLapFixture] { all.filter { $0.session != nil } }
}
