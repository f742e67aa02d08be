import AuthJS
import Testing

@Suite("Secret configuration (auth.md §1, §5)")
struct SecretConfigurationTests {
    @Test("AUTH_SECRET, else NEXTAUTH_SECRET; empty values ignored; [] when none", arguments: [
        ([:], []),
        (["AUTH_SECRET": "a"], ["a"]),
        (["NEXTAUTH_SECRET": "n"], ["n"]),
        (["AUTH_SECRET": "a", "NEXTAUTH_SECRET": "n"], ["a"]),
        (["AUTH_SECRET": "", "NEXTAUTH_SECRET": "n"], ["n"]),
        (["AUTH_SECRET": "", "NEXTAUTH_SECRET": ""], []),
        (["OTHER": "x"], []),
    ] as [([String: String], [String])])
    func single(environment: [String: String], expected: [String]) {
        #expect(SecretConfiguration.secrets(from: environment) == expected)
    }

    @Test("rotation slots come first, newest first, then AUTH_SECRET")
    func rotation() {
        let env = ["AUTH_SECRET": "current", "AUTH_SECRET_2": "two", "AUTH_SECRET_1": "one", "AUTH_SECRET_3": "three"]
        #expect(SecretConfiguration.secrets(from: env) == ["one", "two", "three", "current"])
        #expect(SecretConfiguration.secrets(from: ["AUTH_SECRET_1": "one", "AUTH_SECRET_2": "", "AUTH_SECRET_3": "three"])
                == ["one", "three"])
        #expect(SecretConfiguration.secrets(from: ["AUTH_SECRET_1": "one", "NEXTAUTH_SECRET": "legacy"])
                == ["one", "legacy"])
        #expect(SecretConfiguration.secrets(from: ["AUTH_SECRET_1": "same", "AUTH_SECRET": "same"]) == ["same"])
        #expect(SecretConfiguration.secrets(from: ["AUTH_SECRET_4": "ignored"]) == [])
    }

    @Test("values are used exactly as set: no trimming, no base64 decoding")
    func noTrimming() {
        let env = ["AUTH_SECRET": "  3A+4YtheVXGVfBuK29H9e6mE+GUmfXbc4xEPaePIExU=\n"]
        #expect(SecretConfiguration.secrets(from: env) == ["  3A+4YtheVXGVfBuK29H9e6mE+GUmfXbc4xEPaePIExU=\n"])
    }
}
