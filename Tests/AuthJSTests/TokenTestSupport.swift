import AuthJS
import Foundation
import Testing

/// Helpers shared by the verifier tests.
enum TokenTestSupport {
    static let secret = "round-trip-secret-\u{1F3CE}"
    static let issuedAt = Date(timeIntervalSince1970: 1_767_225_600)

    static func json(_ object: [String: Any]) -> Data {
        // Test-only: build payloads with exact types (numbers, strings, null, bools).
        try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// Claims that pass every check at `issuedAt` (exp one hour later).
    static func validClaims(exp: Double = 1_767_225_600 + 3600) -> [String: Any] {
        ["sub": "user-1", "email": "driver@example.com", "name": "Driver", "iat": 1_767_225_600, "exp": exp]
    }

    /// Runs `verify` and returns the rejection, recording an issue when it accepts.
    static func rejection(
        _ verifier: SessionTokenVerifier, _ token: String, salt: TokenSalt = .secure, now: Date = issuedAt,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> TokenRejection? {
        do {
            let identity = try verifier.verify(token, salt: salt, now: now)
            Issue.record("expected a rejection, accepted \(identity.subject)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    static func parts(_ token: String) -> [String] {
        token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    static func base64url(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
