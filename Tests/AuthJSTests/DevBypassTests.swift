import AuthJS
import Testing

@Suite("DEV_AUTH_BYPASS helpers (auth.md §7)")
struct DevBypassTests {
    @Test("truthy parsing", arguments: [
        ("true", true), ("TRUE", true), ("True", true), ("1", true), ("yes", true), ("YES", true),
        ("on", true), ("On", true),
        (nil, false), ("", false), ("false", false), ("0", false), ("no", false), ("off", false),
        ("2", false), ("y", false), ("t", false), ("enabled", false), (" true", false), ("true ", false),
        ("yes please", false), ("01", false),
    ] as [(String?, Bool)])
    func isEnabled(raw: String?, expected: Bool) {
        #expect(DevBypass.isEnabled(raw) == expected)
    }

    @Test("test user id validation", arguments: [
        ("test-jordan", true), ("dev-user", true), ("A.b_c-9", true), ("x", true),
        (String(repeating: "a", count: 64), true),
        (String(repeating: "a", count: 65), false), ("", false), ("has space", false), ("slash/", false),
        ("semi;colon", false), ("émile", false), ("new\nline", false), ("a@b", false), ("%41", false),
    ])
    func userIDValidation(id: String, valid: Bool) {
        #expect(DevBypass.isValidTestUserID(id) == valid)
    }

    @Test("identity table", arguments: [
        ("test-alex", "alex@test.cataclysm.dev", "Alex Racer"),
        ("test-jordan", "jordan@test.cataclysm.dev", "Jordan Swift"),
        ("test-morgan", "morgan@test.cataclysm.dev", "Morgan Apex"),
        ("dev-user", "dev@localhost", "QA Test User"),
        ("qa-42", "dev@localhost", "QA Test User"),
        ("Test-Alex", "dev@localhost", "QA Test User"),
    ])
    func identity(id: String, email: String, name: String) {
        #expect(DevBypass.identity(forUserID: id) == AuthIdentity(subject: id, email: email, name: name, picture: nil))
    }

    @Test("constants")
    func constants() {
        #expect(DevBypass.defaultUserID == "dev-user")
        #expect(DevBypass.wellKnownDevSecret == "dev-secret-do-not-use-in-production")
        #expect(DevBypass.isValidTestUserID(DevBypass.defaultUserID))
    }
}
