import Foundation

/// Random secrets handed to users (invite codes, share tokens): URL-safe Base64 without padding, stored only as
/// their hex SHA-256.
enum SecretToken {
    /// `byteCount` random bytes as `[A-Za-z0-9_-]`.
    static func make(byteCount: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Hex SHA-256 of the secret, the form stores keep.
    static func hash(_ secret: String) -> String { SHA256Hex.of(secret) }

    /// Whether the text has the shape of a secret of this length (anything else is answered without a lookup).
    static func isWellFormed(_ text: String, length: Int) -> Bool {
        text.utf8.count == length && text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x5F
        }
    }
}
