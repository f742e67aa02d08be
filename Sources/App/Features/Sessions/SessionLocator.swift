import Policy
import Storage

extension ResourceLocator where Record == SessionRecord {
    /// `session`: one session by id (facts owner = the session's owner).
    static func session(_ store: any SessionStore) -> Self {
        Self(kind: "session", notFoundDetail: { "Session \($0 ?? "") not found" }) { input in
            guard let id = input.id, let record = try await store.locate(id: id) else { return nil }
            return Located(facts: record.facts, record: record)
        }
    }
}
