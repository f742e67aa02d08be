import Policy
import Storage

/// Whoever uploads: a signed-in user, or a signed-out visitor trying the product (client-extras.md §4.2).
struct Visitor: Sendable {
    var user: UserAccount?
}

extension ResourceLocator where Record == Visitor {
    /// `visitor`: the caller (facts id = owner = the signed-in user; none for a signed-out visitor).
    static var visitor: Self {
        Self(kind: "visitor", notFoundDetail: { _ in "Not Found" }) { input in
            guard let user = input.user else { return Located(facts: ResourceFacts(kind: "visitor"), record: Visitor(user: nil)) }
            return Located(facts: ResourceFacts(kind: "visitor", id: user.id, ownerID: user.id), record: Visitor(user: user))
        }
    }
}
