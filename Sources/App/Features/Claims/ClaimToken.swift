import AuthJS
import Foundation
import HTTPTypes

/// The proof that one uploaded a session while signed out (client-extras.md §4.2): 32 random bytes, base64url without
/// padding, returned once by the upload and kept in an HttpOnly cookie; only its SHA-256 is stored.
enum ClaimToken {
    static let cookieName = "cataclysm_claim"
    /// How long an unclaimed anonymous session (and its token) lives.
    static let lifetime: TimeInterval = 24 * 3600

    static let byteCount = 32
    static let length = 43

    static func make() -> String { SecretToken.make(byteCount: byteCount) }

    static func hash(_ token: String) -> String { SecretToken.hash(token) }

    /// Whether the text could be a token at all (anything else is answered without a lookup).
    static func isWellFormed(_ token: String) -> Bool { SecretToken.isWellFormed(token, length: length) }

    /// The token in the request's claim cookie, if any.
    static func fromCookie(_ headers: HTTPFields) -> String? {
        CookieJar(headers: headers[values: .cookie]).value(named: cookieName)
    }

    /// `Set-Cookie` that hands the token to the browser (HttpOnly: scripts never read it; `Secure` when served over TLS).
    static func setCookie(_ token: String, secure: Bool) -> String {
        "\(cookieName)=\(token); Path=/api; Max-Age=\(Int(lifetime)); HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "")
    }

    /// `Set-Cookie` that removes the token once it is used.
    static func clearCookie(secure: Bool) -> String {
        "\(cookieName)=; Path=/api; Max-Age=0; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "")
    }
}
