import Crypto
import _CryptoExtras
import Foundation

/// The JWE compact constants and the A256CBC-HS512 building blocks
/// (RFC 7518 §5.2) shared by the verifier and the minter. No primitive is
/// implemented here: HMAC-SHA-512 and AES-256-CBC come from swift-crypto.
enum ContentEncryption {
    static let algorithm = "dir"
    static let encryption = "A256CBC-HS512"
    static let ivLength = 16
    static let tagLength = 32
    static let blockLength = 16
    /// Tokens longer than this (in bytes) are rejected before any parsing.
    static let maxTokenLength = 16 * 1024
    /// Clock tolerance in seconds, as Auth.js allows.
    static let leewaySeconds: Double = 15

    /// tag = first 32 bytes of HMAC-SHA-512(mac_key, aad || iv || ciphertext || AL),
    /// AL being the AAD's bit length as a big-endian UInt64.
    static func tag(
        aad: some DataProtocol, iv: some DataProtocol, ciphertext: some DataProtocol, key: DerivedKey
    ) -> [UInt8] {
        var hmac = HMAC<SHA512>(key: key.macSymmetricKey)
        hmac.update(data: aad)
        hmac.update(data: iv)
        hmac.update(data: ciphertext)
        let bitLength = UInt64(aad.count) * 8
        hmac.update(data: withUnsafeBytes(of: bitLength.bigEndian) { Array($0) })
        return Array(Array(hmac.finalize()).prefix(tagLength))
    }

    /// Constant-time equality over all bytes (XOR-accumulate, no early exit).
    /// Lengths are public (fixed at 32 by step 7), so a length mismatch may return early.
    static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in lhs.indices {
            difference |= lhs[index] ^ rhs[index]
        }
        return difference == 0
    }

    /// AES-256-CBC decryption with PKCS#7 unpadding; `nil` when the padding is bad.
    static func decrypt(ciphertext: [UInt8], iv: [UInt8], key: DerivedKey) -> Data? {
        guard let cbcIV = try? AES._CBC.IV(ivBytes: iv) else { return nil }
        return try? AES._CBC.decrypt(ciphertext, using: key.aesSymmetricKey, iv: cbcIV)
    }

    /// AES-256-CBC encryption with PKCS#7 padding under a fresh random IV.
    static func encrypt(plaintext: some DataProtocol, key: DerivedKey) -> (iv: [UInt8], ciphertext: Data) {
        let iv = AES._CBC.IV()
        do {
            let ciphertext = try AES._CBC.encrypt(plaintext, using: key.aesSymmetricKey, iv: iv)
            return (Array(iv), ciphertext)
        } catch {
            // Only possible with a key that is not 256 bits; DerivedKey always has 32-byte halves.
            preconditionFailure("AES-256-CBC encryption failed with a 32-byte key: \(error)")
        }
    }
}
