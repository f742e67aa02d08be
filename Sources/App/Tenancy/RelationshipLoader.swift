import Policy

/// Loads the relationships a decision needs into a copy of the caller's principal, one provider each.
struct RelationshipLoader: Sendable {
    let providers: [Relationship: any RelationshipProvider]

    init(_ providers: [any RelationshipProvider]) {
        self.providers = Dictionary(providers.map { ($0.relationship, $0) }) { first, _ in first }
    }

    /// The relationships without a provider (start-up refuses to serve then: their predicates could never hold).
    var missing: [Relationship] { Relationship.allCases.filter { providers[$0] == nil } }

    func complete(_ principal: Principal, with needed: Set<Relationship>) async throws -> Principal {
        guard principal.kind == .user, let userID = principal.userID else { return principal }
        var completed = principal
        for relationship in needed.subtracting(principal.knownRelationships).sorted(by: { $0.rawValue < $1.rawValue }) {
            guard let provider = providers[relationship] else { continue }
            try await provider.load(into: &completed, userID: userID)
            completed.knownRelationships.insert(relationship)
        }
        return completed
    }
}
