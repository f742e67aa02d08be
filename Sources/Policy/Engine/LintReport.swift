/// Checks a loaded bundle beyond what loading already enforces, and runs its decision cases.
public struct LintReport: Sendable {
    public var checks: [String] = []
    public var problems: [String] = []
    public var isClean: Bool { problems.isEmpty }

    public var text: String {
        (checks.map { "ok    \($0)" } + problems.map { "FAIL  \($0)" }).joined(separator: "\n")
    }
}
