/// The QA-only `DEV_AUTH_BYPASS` helpers (auth.md §7). Deciding whether the
/// bypass may run at all (production mode, refusal to start) is the server's job;
/// this type only parses the setting and maps test user ids to identities.
public enum DevBypass {
    /// The user id used when neither `X-Test-User-Id` nor `TEST_AUTH_USER_ID` is given.
    public static let defaultUserID = "dev-user"
    /// The well-known local development secret. It grants nothing by itself:
    /// the server must never treat it as a bypass (auth.md §6, "No hidden fallbacks").
    public static let wellKnownDevSecret = "dev-secret-do-not-use-in-production"
    /// Longest accepted `X-Test-User-Id`.
    public static let maxUserIDLength = 64

    /// Whether a `DEV_AUTH_BYPASS` value turns the bypass on: exactly `true`, `1`,
    /// `yes` or `on`, case-insensitive. Anything else (including `nil`, the empty
    /// string, or a value with surrounding spaces) is off.
    public static func isEnabled(_ raw: String?) -> Bool {
        guard let raw else { return false }
        switch raw.lowercased() {
        case "true", "1", "yes", "on": return true
        default: return false
        }
    }

    /// Whether `id` is an acceptable test user id: 1 to 64 characters, each one of
    /// `A-Z a-z 0-9 . _ -`. (The server answers 400 otherwise.)
    public static func isValidTestUserID(_ id: String) -> Bool {
        let bytes = id.utf8
        guard !bytes.isEmpty, bytes.count <= maxUserIDLength else { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                return true
            default:
                return false
            }
        }
    }

    /// The identity the bypass authenticates as for `id` (auth.md §7 table):
    /// the three named test users, and `dev@localhost` / `QA Test User` for any
    /// other id. `picture` is always `nil`; `subject` is `id` itself.
    public static func identity(forUserID id: String) -> AuthIdentity {
        let (email, name): (String, String)
        switch id {
        case "test-alex": (email, name) = ("alex@test.cataclysm.dev", "Alex Racer")
        case "test-jordan": (email, name) = ("jordan@test.cataclysm.dev", "Jordan Swift")
        case "test-morgan": (email, name) = ("morgan@test.cataclysm.dev", "Morgan Apex")
        default: (email, name) = ("dev@localhost", "QA Test User")
        }
        return AuthIdentity(subject: id, email: email, name: name, picture: nil)
    }
}
