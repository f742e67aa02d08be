import Foundation

/// Mints session tokens the way Auth.js's `encode()` does (auth.md §8): for tests,
/// a CLI, or scripts that hold the secret. Keys for both salts are derived once.
public struct SessionTokenMinter: Sendable {
    private let secureKey: DerivedKey
    private let developmentKey: DerivedKey

    /// Creates a minter for `secret` (its exact UTF-8 bytes).
    public init(secret: String) {
        self.secureKey = DerivedKey(secret: secret, salt: .secure)
        self.developmentKey = DerivedKey(secret: secret, salt: .development)
    }

    /// Mints a token with Auth.js's claim shape:
    /// `{"name", "email", "picture" (only when non-nil), "sub", "iat", "exp", "jti"}`.
    ///
    /// - Parameters:
    ///   - name: written as JSON `null` when `nil`.
    ///   - issuedAt: `iat`, in whole Unix seconds (rounded down).
    ///   - lifetime: `exp = iat + lifetime`, in seconds, rounded down (Auth.js's
    ///     default is 30 days); must be finite. Negative values mint expired tokens.
    ///   - salt: `.secure` for Bearer headers and the `__Secure-` cookie,
    ///     `.development` for the plain cookie.
    ///   - includeKid: whether the header carries `kid` (Auth.js v5 does).
    ///   - emailVerified, provider: the optional `email_verified` and `provider` claims (omitted when nil).
    public func mint(
        subject: String,
        email: String,
        name: String?,
        picture: String?,
        issuedAt: Date = Date(),
        lifetime: TimeInterval = 30 * 86400,
        salt: TokenSalt = .secure,
        includeKid: Bool = true,
        emailVerified: Bool? = nil,
        provider: String? = nil
    ) -> String {
        let iat = Int64(issuedAt.timeIntervalSince1970.rounded(.down))
        let claims = Claims(
            name: name, email: email, picture: picture, sub: subject,
            iat: iat, exp: iat + Int64(lifetime.rounded(.down)),
            jti: UUID().uuidString.lowercased(), emailVerified: emailVerified, provider: provider
        )
        let payload = Self.encodeJSON(claims)
        let key = self.key(for: salt)
        var header = ["alg": ContentEncryption.algorithm, "enc": ContentEncryption.encryption]
        if includeKid { header["kid"] = key.thumbprint }
        return Self.seal(payload: payload, header: header, key: key)
    }

    /// Mints a token around an arbitrary payload, for tests.
    ///
    /// - Parameters:
    ///   - payload: the plaintext, used byte for byte (it need not be JSON).
    ///   - header: the protected header members; `nil` means Auth.js's
    ///     `{"alg":"dir","enc":"A256CBC-HS512","kid":<thumbprint>}`. Whatever it
    ///     says, the token is encrypted and tagged with A256CBC-HS512.
    public func mint(payload: Data, salt: TokenSalt, header: [String: String]? = nil) -> String {
        let key = self.key(for: salt)
        let members = header ?? [
            "alg": ContentEncryption.algorithm,
            "enc": ContentEncryption.encryption,
            "kid": key.thumbprint,
        ]
        return Self.seal(payload: payload, header: members, key: key)
    }

    private func key(for salt: TokenSalt) -> DerivedKey {
        switch salt {
        case .secure: return secureKey
        case .development: return developmentKey
        }
    }

    /// Builds `header..iv.ciphertext.tag` (auth.md §8 steps 4-7).
    private static func seal(payload: Data, header: [String: String], key: DerivedKey) -> String {
        let encodedHeader = Base64URL.encode(encodeJSON(header))
        let aad = Array(encodedHeader.utf8)
        let (iv, ciphertext) = ContentEncryption.encrypt(plaintext: payload, key: key)
        let tag = ContentEncryption.tag(aad: aad, iv: iv, ciphertext: ciphertext, key: key)
        return [encodedHeader, "", Base64URL.encode(iv), Base64URL.encode(ciphertext), Base64URL.encode(tag)]
            .joined(separator: ".")
    }

    /// Compact JSON with sorted keys (so `alg`, `enc`, `kid` come in Auth.js's order).
    private static func encodeJSON(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            // Strings, integers and nulls always encode.
            preconditionFailure("Encoding token JSON failed: \(error)")
        }
    }

    /// Auth.js's claim set; `name` is always written (null when absent),
    /// `picture` only when present.
    private struct Claims: Encodable {
        let name: String?
        let email: String
        let picture: String?
        let sub: String
        let iat: Int64
        let exp: Int64
        let jti: String
        let emailVerified: Bool?
        let provider: String?

        enum CodingKeys: String, CodingKey {
            case name, email, picture, sub, iat, exp, jti, emailVerified = "email_verified", provider
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(email, forKey: .email)
            try container.encodeIfPresent(picture, forKey: .picture)
            try container.encodeIfPresent(emailVerified, forKey: .emailVerified)
            try container.encodeIfPresent(provider, forKey: .provider)
            try container.encode(sub, forKey: .sub)
            try container.encode(iat, forKey: .iat)
            try container.encode(exp, forKey: .exp)
            try container.encode(jti, forKey: .jti)
        }
    }
}

extension SessionTokenMinter: CustomStringConvertible, CustomReflectable {
    /// Redacted: never shows the secret or key material.
    public var description: String { "SessionTokenMinter(kid: \(secureKey.thumbprint))" }
    /// Hides key material from `dump()` and debuggers.
    public var customMirror: Mirror { Mirror(self, children: [:], displayStyle: .struct) }
}
