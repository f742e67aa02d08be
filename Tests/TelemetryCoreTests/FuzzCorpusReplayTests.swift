import Foundation
import PipelineExercise
import Testing

/// Replays the fuzz corpus (seeds and every finding kept as a regression input) through the whole pipeline in
/// the normal test run: each input must end in a 422 or in finite JSON, never in a trap or an encoder error.
@Suite("Fuzz corpus replay")
struct FuzzCorpusReplayTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // TelemetryCoreTests
        .deletingLastPathComponent()   // Tests
        .appendingPathComponent("Fuzz/Corpus")

    static func files(_ target: String) -> [URL] {
        ["seeds", "regressions"].flatMap { folder -> [URL] in
            let dir = corpus.appendingPathComponent(folder).appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { dir.appendingPathComponent($0) }
        }
    }

    static let base = StructuredMutation(csv: try! String(contentsOf: corpus.appendingPathComponent("base.csv"), encoding: .utf8))

    static func structured(_ name: String) throws -> PipelineExercise.Outcome {
        let program = try Data(contentsOf: corpus.appendingPathComponent("seeds/FuzzStructured/\(name)"))
        let file = program.withUnsafeBytes { base.applying($0) }
        return try PipelineExercise.run(file)
    }

    @Test("every FuzzBytes input is answered", arguments: files("FuzzBytes"))
    func bytes(_ file: URL) throws {
        _ = try PipelineExercise.run([UInt8](try Data(contentsOf: file)))
    }

    @Test("every FuzzStructured input is answered", arguments: files("FuzzStructured"))
    func structured(_ file: URL) throws {
        let program = try Data(contentsOf: file)
        _ = try PipelineExercise.run(program.withUnsafeBytes { FuzzCorpusReplayTests.base.applying($0) })
    }

    @Test("the corpus is not empty")
    func corpusPresent() {
        #expect(FuzzCorpusReplayTests.files("FuzzBytes").count >= 1)
        #expect(FuzzCorpusReplayTests.files("FuzzStructured").count >= 5)
    }

    @Test("the unchanged base export is analysed")
    func baseIsAnalysed() throws {
        guard case .analysed(let laps, let bytes) = try FuzzCorpusReplayTests.structured("unchanged") else {
            Issue.record("the base export was rejected")
            return
        }
        #expect(laps >= 2)
        #expect(bytes > 10_000)
    }

    @Test("distance scaled by 1e16 is a 422 naming the distance steps")
    func scaledDistanceIsRefused() throws {
        let outcome = try FuzzCorpusReplayTests.structured("distance-times-1e16")
        guard case .rejected(let message) = outcome else { Issue.record("accepted: \(outcome)"); return }
        #expect(message.contains("implausible data"))
        #expect(message.contains("distance steps larger than the speed allows"))
    }

    @Test("one speed cell of 1e20 drops that row and the session is analysed")
    func oneHugeSpeedIsDropped() throws {
        guard case .analysed = try FuzzCorpusReplayTests.structured("speed-1e20-row-200") else {
            Issue.record("rejected")
            return
        }
    }
}
