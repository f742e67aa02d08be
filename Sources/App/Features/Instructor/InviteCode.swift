import Crypto
import Foundation

/// Invite codes: 8 random bytes (64 bits) as URL-safe Base64 without padding, 11 characters of `[A-Za-z0-9_-]`.
/// Only the SHA-256 of a code is stored.
enum InviteCode {
    static let byteCount = 8
    static let length = 11
    /// The 404 detail for an unknown, used or expired code.
    static let invalidDetail = "Invalid or expired invite code"

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Hex SHA-256 of the code, the form the store keeps.
    static func hash(_ code: String) -> String {
        SHA256.hash(data: Data(code.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether the text could be a code at all (anything else is answered 404 without a lookup).
    static func isWellFormed(_ code: String) -> Bool {
        code.utf8.count == length && code.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x5F
        }
    }
}
