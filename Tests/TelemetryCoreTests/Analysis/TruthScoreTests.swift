import Foundation
import Testing
@testable import TelemetryCore

/// Issue #16's targets scored on every simulated session of every fixture folder (`Fixtures/sessions/*/`, or the folders
/// under `CATACLYSM_FIXTURE_SESSIONS`): each CSV with a truth JSON beside it, as `cataclysm analyze FILE --truth` scores it.
/// Files without lap numbers are timed, as the app times them, at the gates learned from the lap-numbered files present.
@Suite("Truth score over every fixture folder")
struct TruthScoreTests {
    /// Targets still missed on the repository's fixtures (issue #16 stays open for these), by file name. A miss not listed
    /// here fails; so does a listed miss that no longer happens (take it off the list). Folders given through
    /// `CATACLYSM_FIXTURE_SESSIONS` have no allowance: every miss there fails.
    static let knownMisses: [String: Set<TruthScore.Target>] = [
        // F1: arcs of near-constant radius (mean centre-line curvature 94-96 % of its peak over 156-220 m) whose truth
        // apex, the peak of that plateau, sits 38-59 m from the arc's middle, where every driven-line signal (curvature,
        // yaw rate, minimum speed) peaks. Charlie's expert: the truth's own limit model (its car, drive cut at upshifts
        // included) driven on the measured best-lap line laps in 80.90 s, 2.8 s under the limit lap (83.71 s) on the
        // simulator's limit line; the car drove a straighter line than that, so no faithful model on it meets the bound.
        "proc-a_2026-03-01_advanced": [.f1],
        "proc-b_2026-03-08_novice_10hz": [.f1],
        "proc-c_2026-03-15_expert": [.f1, .optimalWithinBounds],
        "proc-c_2026-04-12_advanced_10hz_nolapnum": [.f1],
        "proc-e_2026-03-29_intermediate": [.f1],
    ]

    struct Scored: Sendable {
        let name: String
        let score: TruthScore
    }

    /// Every scored file, sorted by folder and name.
    static let scored: [Scored] = {
        let files = FileManager.default
        let folders = ((try? files.contentsOfDirectory(at: LimitLapFixture.root, includingPropertiesForKeys: nil)) ?? [])
            .sorted { $0.path < $1.path }
        return folders.flatMap { folder -> [Scored] in
            let csvs = ((try? files.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "csv" && files.fileExists(atPath: truthURL($0).path) }
                .sorted { $0.path < $1.path }
            let bytes = csvs.map { (try? Data(contentsOf: $0)).map { [UInt8]($0) } ?? [] }
            let first = bytes.map { try? SessionIngest.ingest($0) }
            let gates = first.compactMap { $0?.learnedGate }
            return csvs.indices.compactMap { k -> Scored? in
                var session = first[k]
                if let s = session, s.lapTiming != .lapNumbers, !gates.isEmpty {
                    session = try? SessionIngest.ingest(bytes[k], knownGates: gates)
                }
                guard let session, let truth = try? Data(contentsOf: truthURL(csvs[k])),
                      let score = try? TruthScore.score(analysis: SessionAnalysis(session: session, sessionID: "truth"), truthJSON: truth)
                else { return nil }
                return Scored(name: csvs[k].deletingPathExtension().lastPathComponent, score: score)
            }
        }
    }()

    static func truthURL(_ csv: URL) -> URL { csv.deletingPathExtension().appendingPathExtension("json") }

    @Test("every fixture folder is scored")
    func everyFolderIsScored() throws {
        let folders = try FileManager.default.contentsOfDirectory(at: LimitLapFixture.root, includingPropertiesForKeys: nil)
            .filter { $0.hasDirectoryPath }
        #expect(!Self.scored.isEmpty)
        #expect(Set(Self.scored.map(\.name)).count == Self.scored.count)
        let csvCount = folders.reduce(0) { n, folder in
            n + ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".csv") }.count
        }
        #expect(Self.scored.count == csvCount, "a fixture CSV was not ingested or has no truth")
        print(TruthScore.table(Self.scored.map { ($0.name, $0.score) }))
    }

    @Test("issue #16 targets on the best lap", arguments: TruthScoreTests.scored.map(\.name))
    func targets(_ name: String) throws {
        let score = try #require(Self.scored.first { $0.name == name }).score
        let custom = ProcessInfo.processInfo.environment["CATACLYSM_FIXTURE_SESSIONS"] != nil
        let allowed = custom ? [] : Self.knownMisses[name] ?? []
        let missed = Set(score.missed)
        for target in TruthScore.Target.allCases {
            if allowed.contains(target) {
                withKnownIssue("issue #16: \(target) not met yet on \(name)") {
                    if missed.contains(target) { Issue.record("\(score.describe(target))") }
                }
            } else {
                #expect(!missed.contains(target), "\(name): \(score.describe(target))\n\(score.cornerLines.joined(separator: "\n"))")
            }
        }
        #expect(score.detected >= 1)
    }

    @Test("the fitted optimal lap is never faster than the simulated car itself on the line it drove",
          arguments: TruthScoreTests.scored.map(\.name))
    func optimalNotFasterThanTheCar(_ name: String) throws {
        let score = try #require(Self.scored.first { $0.name == name }).score
        guard let onLine = score.truthCarOnDrivenLineS else { return }   // a truth without a limit model
        #expect(score.optimalLapS >= onLine, "\(name): optimal \(score.optimalLapS) s, truth car on the driven line \(onLine) s")
    }

    @Test("the truth's limit model, reimplemented, laps near the truth's limit lap")
    func truthCarModelMatchesTheTruth() throws {
        // Where the driver's line is close to the limit line the two agree; a median miss of more than 2 % would mean
        // the reimplementation (and the diagnostic built on it) is wrong, not the line.
        let ratios = Self.scored.compactMap { s in s.score.limitLapS.flatMap { l in s.score.truthCarOnDrivenLineS.map { abs($0 / l - 1) } } }
        if ProcessInfo.processInfo.environment["CATACLYSM_FIXTURE_SESSIONS"] == nil { #expect(ratios.count == Self.scored.count) }
        guard let median = Numerics.median(ratios) else { return }
        #expect(median < 0.02, "median |truth car on the driven line / limit lap − 1| = \(median)")
    }

    @Test("a truth without a limit model or track corners is scored all the same")
    func truthWithoutLimitModel() throws {
        let folder = LimitLapFixture.root.appendingPathComponent("test_circuit_alpha")
        let csv = try #require(try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .first { $0.pathExtension == "csv" })
        let analysis = SessionAnalysis(session: try SessionIngest.ingest([UInt8](try Data(contentsOf: csv))), sessionID: "truth")
        let full = try Data(contentsOf: Self.truthURL(csv))
        var json = try #require(try JSONSerialization.jsonObject(with: full) as? [String: Any])
        var session = try #require(json["session"] as? [String: Any])
        session["limit_model"] = ["mu": "not a number"]
        json["session"] = session
        json["track"] = ["corners": "none"]
        let stripped = try JSONSerialization.data(withJSONObject: json)
        let a = try TruthScore.score(analysis: analysis, truthJSON: full)
        let b = try TruthScore.score(analysis: analysis, truthJSON: stripped)
        #expect(a.truthCarOnDrivenLineS != nil && b.truthCarOnDrivenLineS == nil)
        #expect(a.matched == b.matched && a.detected == b.detected && a.limitLapS == b.limitLapS)
        #expect(a.brakeErrorsM == b.brakeErrorsM && a.minSpeedErrorsMph == b.minSpeedErrorsMph)
    }

    @Test("the score itself: F1, medians, worst values and bounds")
    func scoreArithmetic() {
        let perfect = TruthScore(detected: 8, truthCorners: 8, matched: 8, brakeErrorsM: [1, -2, 3], brakePresenceMismatches: 0,
                                 minSpeedErrorsMph: [0.1, -0.2], limitLapS: 90, optimalLapS: 91, bestLapS: 92, cornerLines: [])
        #expect(perfect.f1 == 1)
        #expect(perfect.brakeMedianM == 2)
        #expect(perfect.brakeWorstM == 3)
        #expect(perfect.missed.isEmpty)
        #expect(perfect.line.hasSuffix("ok"))
        let bad = TruthScore(detected: 9, truthCorners: 8, matched: 7, brakeErrorsM: [30, -6, 6], brakePresenceMismatches: 1,
                             minSpeedErrorsMph: [-3, 0.6, 1], limitLapS: 95, optimalLapS: 91, bestLapS: 92, cornerLines: [])
        #expect(abs(bad.f1 - 2 * (7.0 / 9) * (7.0 / 8) / (7.0 / 9 + 7.0 / 8)) < 1e-12)
        #expect(Set(bad.missed) == Set(TruthScore.Target.allCases))
        #expect(bad.line.contains("braked by one side only: 1"))
    }

    @Test("truth positions are carried into the driven frame through elapsed time")
    func drivenFrame() throws {
        // A lap opened at elapsed 100 s and 1000 m of cumulative distance, driven at 50 m/s.
        let times = stride(from: 90.0, through: 200.0, by: 0.5).map { $0 }
        let frame = TruthScore.DrivenFrame(time: times, distance: times.map { 1000 + 50 * ($0 - 100) }, origin: 1000,
                                           window: 100...180)
        let json = """
        {"corner": 3, "apex_m": 400.0, "min_speed_mps": 20.0, "min_speed_m": 430.0, "min_speed_elapsed_s": 110.0,
         "brake_start_elapsed_s": 99.0}
        """
        let corner = try JSONDecoder().decode(TruthScore.TruthFile.LapCorner.self, from: Data(json.utf8))
        let expected = try #require(frame.corner(corner))
        #expect(expected.apexM == 500 - 30)
        #expect(expected.brakeM == -50)
        let outside = try JSONDecoder().decode(TruthScore.TruthFile.LapCorner.self,
                                               from: Data(json.replacingOccurrences(of: "110.0", with: "181.0").utf8))
        #expect(frame.corner(outside) == nil)
    }
}
