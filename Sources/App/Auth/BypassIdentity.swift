import AuthJS
import Foundation

/// Dev-bypass identities: auth.md §7's table; other ids get an address of their own so QA users stay distinct.
enum BypassIdentity {
    static func identity(for id: String) -> AuthIdentity {
        let known = DevBypass.identity(forUserID: id)
        let builtIn: Set<String> = ["test-alex", "test-jordan", "test-morgan", DevBypass.defaultUserID]
        if builtIn.contains(id) { return known }
        return AuthIdentity(subject: id, email: "\(id.lowercased())@dev.localhost", name: known.name, picture: nil)
    }
}
