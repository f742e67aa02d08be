/// Share tokens: 16 random bytes (128 bits), 22 characters of `[A-Za-z0-9_-]`. Only the SHA-256 of a token is
/// stored; a found hash is re-checked in constant time.
enum ShareToken {
    static let byteCount = 16
    static let length = 22

    static func make() -> String { SecretToken.make(byteCount: byteCount) }

    /// Hex SHA-256 of the token, the form the store keeps.
    static func hash(_ token: String) -> String { SecretToken.hash(token) }

    /// Whether the text could be a token at all (anything else is answered without a lookup).
    static func isWellFormed(_ token: String) -> Bool { SecretToken.isWellFormed(token, length: length) }

    /// Equal-length byte comparison whose time does not depend on where the inputs differ.
    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
