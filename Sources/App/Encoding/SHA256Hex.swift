import Crypto
import Foundation

/// Lower-case hex SHA-256: the stored form of uploaded files' digests, share tokens and invite codes.
enum SHA256Hex {
    static func of<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    static func of(_ text: String) -> String { of(Data(text.utf8)) }
}
