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

    static let bundle: PolicyBundle = {
        do { return try PolicyBundle.load(directory: directory) } catch { fatalError("Policies/ does not load: \(error)") }
    }()

    static var caseNames: [String] { bundle.cases.map { "\($0.file): \($0.name)" } }

    @Test(arguments: caseNames)
    func decisionCase(_ name: String) throws {
        // given
        let testCase = try #require(Self.bundle.cases.first { "\($0.file): \($0.name)" == name })
        // when
        let failure = testCase.failure(using: Self.bundle.engine)
        // then
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func lintIsClean() {
        let report = PolicyLinter.lint(Self.bundle)
        #expect(report.isClean, "\(report.text)")
    }

    @Test func everyRuleIsCoveredByACase() {
        let covered = Set(Self.bundle.cases.flatMap(\.expectedRules))
        for rule in Self.bundle.policy.rules {
            #expect(covered.contains(rule.id), "rule \(rule.id) has no decision case")
        }
    }
}
