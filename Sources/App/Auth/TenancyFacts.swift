import Storage

/// Relationships of a user that the policy engine's predicates look at (org roles, instructor links).
public struct TenancyFacts: Sendable, Equatable {
    public var orgRoles: [String: String] = [:]
    public var activeStudentIDs: Set<String> = []

    public init(orgRoles: [String: String] = [:], activeStudentIDs: Set<String> = []) {
        self.orgRoles = orgRoles
        self.activeStudentIDs = activeStudentIDs
    }

    mutating func merge(_ other: TenancyFacts) {
        orgRoles.merge(other.orgRoles) { current, _ in current }
        activeStudentIDs.formUnion(other.activeStudentIDs)
    }
}

/// A feature that knows some of a user's relationships (organizations, instructors) registers one of these.
public protocol TenancyFactsProvider: Sendable {
    func facts(for user: UserAccount) async throws -> TenancyFacts
}
