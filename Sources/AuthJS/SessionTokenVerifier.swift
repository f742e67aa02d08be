import Foundation

/// Verifies Auth.js (NextAuth.js v5) session tokens: JWE compact serialization,
/// `alg` `dir`, `enc` `A256CBC-HS512`, as specified in auth.md §3.
///
/// Keys for both salts are derived once per secret at initialisation. The verifier
/// never logs, and its `description` never shows secrets or key material.
public struct SessionTokenVerifier: Sendable {
    private let keysBySalt: [TokenSalt: [DerivedKey]]

    /// Creates a verifier for an ordered list of secrets, newest first
    /// (rotation, auth.md §5). Each secret is used as its exact UTF-8 bytes.
    ///
    /// - Precondition: `secrets` is non-empty. (An empty list means "auth not
    ///   configured", which the caller must answer with 503 instead of verifying.)
    public init(secrets: [String]) {
        precondition(!secrets.isEmpty, "SessionTokenVerifier needs at least one secret")
        var keys: [TokenSalt: [DerivedKey]] = [:]
        for salt in TokenSalt.allCases {
            keys[salt] = secrets.map { DerivedKey(secret: $0, salt: salt) }
        }
        self.keysBySalt = keys
    }

    /// Verifies `token` with the keys for `salt` and maps its claims to a user.
    ///
    /// Performs auth.md §3 steps 1-11 in order and throws the first failure.
    /// Nothing is decrypted before the tag has matched.
    /// - Parameters:
    ///   - token: the token exactly as received (no URL-decoding).
    ///   - salt: the salt that goes with the token's source (auth.md §4).
    ///   - now: the current time; `exp`/`nbf` get 15 seconds of leeway.
    public func verify(_ token: String, salt: TokenSalt, now: Date = Date()) throws(TokenRejection) -> AuthIdentity {
        // Step 1: size and shape.
        let utf8 = token.utf8
        guard !utf8.isEmpty, utf8.count <= ContentEncryption.maxTokenLength else { throw .malformed }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 5 else { throw .malformed }
        let encodedHeader = parts[0]

        // Step 2: protected header is a base64url JSON object.
        guard let headerBytes = Base64URL.decode(encodedHeader),
              let header = JSONValue.object(fromUTF8: headerBytes)
        else { throw .malformed }

        // Steps 3-5: header members.
        guard header["alg"]?.stringValue == ContentEncryption.algorithm else { throw .unsupportedAlg }
        guard header["enc"]?.stringValue == ContentEncryption.encryption else { throw .unsupportedEnc }
        guard header["zip"] == nil, header["crit"] == nil else { throw .unsupportedHeader }

        // Step 6: no encrypted key with `dir`.
        guard parts[1].isEmpty else { throw .malformed }

        // Step 7: IV, ciphertext, tag encodings and lengths.
        guard let iv = Base64URL.decode(parts[2]), iv.count == ContentEncryption.ivLength,
              let ciphertext = Base64URL.decode(parts[3]), !ciphertext.isEmpty,
              ciphertext.count % ContentEncryption.blockLength == 0,
              let receivedTag = Base64URL.decode(parts[4]), receivedTag.count == ContentEncryption.tagLength
        else { throw .malformed }

        // Step 8: authenticate before decrypting. The AAD is part 1 as received.
        let aad = Array(encodedHeader.utf8)
        let candidates = candidateKeys(for: salt, kid: header["kid"])
        var matchedKey: DerivedKey?
        for key in candidates {
            let expected = ContentEncryption.tag(aad: aad, iv: iv, ciphertext: ciphertext, key: key)
            if ContentEncryption.constantTimeEqual(expected, receivedTag) {
                matchedKey = key
                break
            }
        }
        guard let key = matchedKey else { throw .badTag }

        // Step 9: decrypt and unpad.
        guard let plaintext = ContentEncryption.decrypt(ciphertext: ciphertext, iv: iv, key: key) else {
            throw .badPadding
        }

        // Step 10: payload is a UTF-8 JSON object.
        guard let claims = JSONValue.object(fromUTF8: plaintext) else { throw .payloadNotJSON }

        // Step 11: claims.
        return try Self.identity(from: claims, now: now)
    }

    /// Keys to try for `salt`, in order (auth.md §5). With several secrets and a
    /// `kid` in the header, only the key with that thumbprint (none if no match;
    /// a non-string `kid` matches nothing). With one secret, or no `kid`, all keys.
    private func candidateKeys(for salt: TokenSalt, kid: JSONValue?) -> [DerivedKey] {
        let keys = keysBySalt[salt] ?? []
        guard keys.count > 1, let kid else { return keys }
        guard let kidString = kid.stringValue else { return [] }
        return keys.filter { $0.thumbprint == kidString }.prefix(1).map { $0 }
    }

    /// Step 11 and the claims-to-user table of auth.md §3.
    static func identity(from claims: [String: JSONValue], now: Date) throws(TokenRejection) -> AuthIdentity {
        let nowSeconds = now.timeIntervalSince1970.rounded(.down)
        let leeway = ContentEncryption.leewaySeconds

        guard let exp = claims["exp"]?.numberValue else { throw .missingExp }
        guard nowSeconds < exp + leeway else { throw .expired }
        if let nbfValue = claims["nbf"] {
            guard let nbf = nbfValue.numberValue, nbf <= nowSeconds + leeway else { throw .notYetValid }
        }
        guard let subject = claims["sub"]?.stringValue, !subject.isEmpty else { throw .missingSub }
        guard let email = claims["email"]?.stringValue, !email.isEmpty else { throw .missingEmail }

        let name = claims["name"]?.stringValue ?? ""
        let picture = claims["picture"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        let emailVerified: Bool? = if case .bool(let verified)? = claims["email_verified"] { verified } else { nil }
        let provider = claims["provider"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        return AuthIdentity(subject: subject, email: email, name: name, picture: picture, emailVerified: emailVerified,
                            provider: provider)
    }
}

extension SessionTokenVerifier: CustomStringConvertible, CustomReflectable {
    /// Redacted: only the number of configured keys.
    public var description: String {
        "SessionTokenVerifier(secrets: \(keysBySalt[.secure]?.count ?? 0))"
    }
    /// Hides key material from `dump()` and debuggers.
    public var customMirror: Mirror {
        Mirror(self, children: ["secrets": keysBySalt[.secure]?.count ?? 0], displayStyle: .struct)
    }
}
