import Policy
import Storage

extension ResourceLocator where Record == UserAccount {
    /// `account`: the caller's own record, and the collections it owns (a refusal's wording comes from the action's
    /// `forbidden` in policy.yaml).
    static var account: Self {
        Self(kind: "account", notFoundDetail: { _ in "User not found" }) { input in
            guard let user = input.user else { return nil }
            return Located(facts: ResourceFacts(kind: "account", id: user.id, ownerID: user.id), record: user)
        }
    }
}
