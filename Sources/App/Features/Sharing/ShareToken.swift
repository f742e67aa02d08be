import Crypto
import Foundation

/// Share tokens: 16 random bytes (128 bits) as URL-safe Base64 without padding, 22 characters of `[A-Za-z0-9_-]`.
/// Only the SHA-256 of a token is stored; a found hash is re-checked in constant time.
enum ShareToken {
    static let byteCount = 16
    static let length = 22

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Hex SHA-256 of the token, the form the store keeps.
    static func hash(_ token: String) -> String { ShareTokenHash.of(token) }

    /// Whether the text could be a token at all (anything else is answered without a lookup).
    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == length && token.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x5F
        }
    }

    /// Equal-length byte comparison whose time does not depend on where the inputs differ.
    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}

/// The stored form of a share token (hex SHA-256), for tools and tests that write links directly.
public enum ShareTokenHash {
    public static func of(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
