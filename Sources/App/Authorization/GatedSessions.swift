import Policy
import Storage

/// Sessions named outside the route's own resource (the second id of a comparison, the `session_id` of a share-create
/// body): loaded here and handed out only after the engine allows the gate action. Unknown, or not even readable →
/// 404 naming the id; readable but refused → 403 with `forbidden`.
struct GatedSessions: Sendable {
    let store: any SessionStore
    let gate: PolicyGate

    func authorized(_ id: String, for action: String, principal: Principal,
                    forbidden detail: String = "Insufficient permissions") async throws -> SessionRecord {
        let notFound = AppError.notFound("Session \(id) not found")
        guard let session = try await store.locate(id: id) else { throw notFound }
        do {
            try gate.require(action, on: ResourceFacts(kind: "session", id: session.sessionID, ownerID: session.ownerID),
                             for: principal, forbidden: detail)
        } catch AppError.notFound {
            throw notFound
        }
        return session
    }
}
