import Crypto
import Foundation

/// The 64-byte A256CBC-HS512 content key Auth.js derives from its secret for one
/// salt (auth.md §2):
///
/// ```
/// info = "Auth.js Generated Encryption Key (" + salt + ")"
/// key  = HKDF-SHA256(ikm: UTF-8(secret), salt: UTF-8(salt), info: UTF-8(info), 64 bytes)
/// ```
///
/// Its `description` never shows key material, only the ``thumbprint``.
public struct DerivedKey: Sendable {
    /// All 64 key bytes: ``macKey`` followed by ``aesKey``.
    public let bytes: [UInt8]
    /// The RFC 7638 JWK thumbprint of the key, which Auth.js writes as `kid`:
    /// base64url(SHA-512(`{"k":"<base64url(key)>","kty":"oct"}`)).
    public let thumbprint: String
    /// The salt this key was derived for.
    public let salt: TokenSalt

    let macSymmetricKey: SymmetricKey
    let aesSymmetricKey: SymmetricKey

    /// The first 32 bytes: the HMAC-SHA-512 key.
    public var macKey: [UInt8] { Array(bytes[0..<32]) }
    /// The last 32 bytes: the AES-256-CBC key.
    public var aesKey: [UInt8] { Array(bytes[32..<64]) }

    /// Derives the key for `secret` (its UTF-8 bytes exactly as given: no trimming,
    /// no base64 decoding) and `salt`.
    public init(secret: String, salt: TokenSalt) {
        let info = "Auth.js Generated Encryption Key (\(salt.rawValue))"
        let key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Array(secret.utf8)),
            salt: Array(salt.rawValue.utf8),
            info: Array(info.utf8),
            outputByteCount: 64
        )
        let bytes = key.withUnsafeBytes { Array($0) }
        self.bytes = bytes
        self.salt = salt
        self.macSymmetricKey = SymmetricKey(data: bytes[0..<32])
        self.aesSymmetricKey = SymmetricKey(data: bytes[32..<64])
        let jwk = #"{"k":""# + Base64URL.encode(bytes) + #"","kty":"oct"}"#
        self.thumbprint = Base64URL.encode(Array(SHA512.hash(data: Array(jwk.utf8))))
    }
}

extension DerivedKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Redacted: names the salt and `kid`, never the key bytes.
    public var description: String { "DerivedKey(salt: \(salt.rawValue), kid: \(thumbprint))" }
    /// Same as ``description``.
    public var debugDescription: String { description }
    /// Hides the key bytes from `dump()` and debuggers.
    public var customMirror: Mirror { Mirror(self, children: ["kid": thumbprint], displayStyle: .struct) }
}
