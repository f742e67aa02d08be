import Policy
import Storage

extension ResourceLocator where Record == StickyRecord {
    /// `sticky`: one sticky by id (facts owner = its author).
    static func sticky(_ store: any StickyStore) -> Self {
        Self(kind: "sticky", notFoundDetail: { _ in "Sticky not found" }) { input in
            guard let id = input.id, let sticky = try await store.locate(stickyID: id) else { return nil }
            return Located(facts: ResourceFacts(kind: "sticky", id: sticky.id, ownerID: sticky.ownerID), record: sticky)
        }
    }
}
