import Policy
import Storage

/// The caller's own notes and stickies as a collection: a signed-in caller's, or nobody's for an anonymous one (who
/// lists nothing and creates nothing).
struct Notebook: Sendable {
    var owner: UserAccount?
}

extension ResourceLocator where Record == Notebook {
    /// `notebook`: the caller's collection (facts id = owner = the caller; none for an anonymous caller).
    static var notebook: Self {
        Self(kind: "notebook", notFoundDetail: { _ in "Not Found" }) { input in
            guard let user = input.user else {
                return Located(facts: ResourceFacts(kind: "notebook"), record: Notebook(owner: nil))
            }
            return Located(facts: ResourceFacts(kind: "notebook", id: user.id, ownerID: user.id), record: Notebook(owner: user))
        }
    }
}
