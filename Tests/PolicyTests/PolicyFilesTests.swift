import Foundation
import Testing
@testable import Policy

/// The repository's own Policies/ folder: loads strictly, lints clean, every decision case passes.
@Suite struct PolicyFilesTests {
    static let directory: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Policies")
    }()

    static let loaded = Result { try PolicyBundle.load(directory: directory) }

    /// The loaded bundle; a folder that does not load fails the calling test with the loader's error.
    static func bundle() throws -> PolicyBundle {
        do { return try loaded.get() } catch { throw PolicyFilesError(description: "Policies/ does not load: \(error)") }
    }

    /// Empty when the folder does not load (`policiesLoad` then fails).
    static var caseNames: [String] { ((try? loaded.get())?.cases ?? []).map { "\($0.file): \($0.name)" } }

    @Test func policiesLoad() throws {
        _ = try Self.bundle()
    }

    @Test(arguments: caseNames)
    func decisionCase(_ name: String) throws {
        // given
        let bundle = try Self.bundle()
        let testCase = try #require(bundle.cases.first { "\($0.file): \($0.name)" == name })
        // when
        let failure = testCase.failure(using: bundle.engine)
        // then
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func lintIsClean() throws {
        let report = PolicyLinter.lint(try Self.bundle())
        #expect(report.isClean, "\(report.text)")
    }

    @Test func everyRuleIsCoveredByACase() throws {
        let bundle = try Self.bundle()
        let covered = Set(bundle.cases.flatMap(\.expectedRules))
        for rule in bundle.policy.rules {
            #expect(covered.contains(rule.id), "rule \(rule.id) has no decision case")
        }
    }
}

/// The repository's policy folder did not load.
struct PolicyFilesError: Error, CustomStringConvertible {
    var description: String
}
