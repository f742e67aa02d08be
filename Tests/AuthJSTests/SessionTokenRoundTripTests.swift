import AuthJS
import Foundation
import Testing

@Suite("Minter → verifier round trips, clock, size, rotation")
struct SessionTokenRoundTripTests {
    typealias S = TokenTestSupport
    let minter = SessionTokenMinter(secret: S.secret)
    let verifier = SessionTokenVerifier(secrets: [S.secret])

    @Test("minted tokens verify with their salt and map to the identity", arguments: TokenSalt.allCases, [true, false])
    func roundTrip(salt: TokenSalt, includeKid: Bool) throws {
        let token = minter.mint(
            subject: "0b6f1c52-7a0e-4c8e-9a55-3f2d1e0c9b71", email: "zoë@example.com", name: "Zoë Ångström",
            picture: "https://example.com/a.png", issuedAt: S.issuedAt, salt: salt, includeKid: includeKid
        )
        #expect(S.parts(token).count == 5)
        #expect(S.parts(token)[1].isEmpty)
        let identity = try verifier.verify(token, salt: salt, now: S.issuedAt)
        #expect(identity == AuthIdentity(
            subject: "0b6f1c52-7a0e-4c8e-9a55-3f2d1e0c9b71", email: "zoë@example.com",
            name: "Zoë Ångström", picture: "https://example.com/a.png"
        ))
        let otherSalt: TokenSalt = salt == .secure ? .development : .secure
        #expect(S.rejection(verifier, token, salt: otherSalt) == .badTag)
    }

    @Test("header is Auth.js's: alg, enc and kid = the key's thumbprint")
    func mintedHeader() throws {
        let token = minter.mint(subject: "s", email: "e@x", name: nil, picture: nil, issuedAt: S.issuedAt)
        let header = try #require(Data(base64Encoded: base64(S.parts(token)[0])))
        let object = try #require(try JSONSerialization.jsonObject(with: header) as? [String: String])
        #expect(object == [
            "alg": "dir", "enc": "A256CBC-HS512",
            "kid": DerivedKey(secret: S.secret, salt: .secure).thumbprint,
        ])
        let withoutKid = minter.mint(subject: "s", email: "e@x", name: nil, picture: nil, includeKid: false)
        let header2 = try #require(Data(base64Encoded: base64(S.parts(withoutKid)[0])))
        #expect(String(decoding: header2, as: UTF8.self) == #"{"alg":"dir","enc":"A256CBC-HS512"}"#)
    }

    @Test("every mint uses a fresh IV")
    func freshIV() {
        let first = minter.mint(payload: Data("{}".utf8), salt: .secure)
        let second = minter.mint(payload: Data("{}".utf8), salt: .secure)
        #expect(S.parts(first)[2] != S.parts(second)[2])
    }

    @Test("name nil → empty string, picture nil → nil; lifetime sets exp")
    func optionalClaims() throws {
        let token = minter.mint(subject: "s", email: "e@x", name: nil, picture: nil, issuedAt: S.issuedAt, lifetime: 60)
        let identity = try verifier.verify(token, salt: .secure, now: S.issuedAt)
        #expect(identity == AuthIdentity(subject: "s", email: "e@x", name: "", picture: nil))
        #expect(S.rejection(verifier, token, now: S.issuedAt.addingTimeInterval(75)) == .expired)
    }

    @Test("default lifetime is 30 days")
    func defaultLifetime() throws {
        let token = minter.mint(subject: "s", email: "e@x", name: "n", picture: nil, issuedAt: S.issuedAt)
        let exp = S.issuedAt.addingTimeInterval(30 * 86400)
        _ = try verifier.verify(token, salt: .secure, now: exp)
        #expect(S.rejection(verifier, token, now: exp.addingTimeInterval(15)) == .expired)
    }

    @Test("expiry leeway: exp+14 accepted, exp+15 rejected")
    func expiryLeeway() throws {
        let exp = 1_767_229_200.0
        let token = minter.mint(payload: S.json(S.validClaims(exp: exp)), salt: .secure)
        _ = try verifier.verify(token, salt: .secure, now: Date(timeIntervalSince1970: exp + 14))
        _ = try verifier.verify(token, salt: .secure, now: Date(timeIntervalSince1970: exp + 14.999))
        #expect(S.rejection(verifier, token, now: Date(timeIntervalSince1970: exp + 15)) == .expired)
        #expect(S.rejection(verifier, token, now: Date(timeIntervalSince1970: exp + 3600)) == .expired)
    }

    @Test("nbf: at most now+15 accepted, later or non-numeric rejected")
    func notBefore() throws {
        let now = 1_767_225_600.0
        var claims = S.validClaims()
        claims["nbf"] = now + 15
        _ = try verifier.verify(minter.mint(payload: S.json(claims), salt: .secure), salt: .secure,
                                now: Date(timeIntervalSince1970: now))
        claims["nbf"] = now + 16
        #expect(S.rejection(verifier, minter.mint(payload: S.json(claims), salt: .secure),
                            now: Date(timeIntervalSince1970: now)) == .notYetValid)
        claims["nbf"] = "\(Int(now))"
        #expect(S.rejection(verifier, minter.mint(payload: S.json(claims), salt: .secure),
                            now: Date(timeIntervalSince1970: now)) == .notYetValid)
    }

    @Test("tokens up to 16 KiB verify; one byte more is malformed")
    func sizeLimit() throws {
        let atLimit = try #require(mintToken(length: 16 * 1024))
        _ = try verifier.verify(atLimit, salt: .secure, now: S.issuedAt)
        let overLimit = try #require(mintToken(length: 16 * 1024 + 1))
        #expect(S.rejection(verifier, overLimit) == .malformed)
        #expect(S.rejection(verifier, String(repeating: "A", count: 100_000)) == .malformed)
    }

    /// A valid token of exactly `length` characters (padding claim and header member tuned).
    private func mintToken(length: Int) -> String? {
        for payloadPad in stride(from: 12_000, to: 12_160, by: 8) {
            var claims = S.validClaims()
            claims["pad"] = String(repeating: "p", count: payloadPad)
            let payload = S.json(claims)
            for headerPad in 0..<24 {
                let header = ["alg": "dir", "enc": "A256CBC-HS512", "x": String(repeating: "h", count: headerPad)]
                let token = minter.mint(payload: payload, salt: .secure, header: header)
                if token.utf8.count == length { return token }
            }
        }
        return nil
    }

    @Test("rotation: a token minted with the older secret is accepted, with or without kid")
    func rotation() throws {
        let older = SessionTokenMinter(secret: "older-secret")
        let rotated = SessionTokenVerifier(secrets: ["newer-secret", "older-secret"])
        for includeKid in [true, false] {
            for salt in TokenSalt.allCases {
                let token = older.mint(subject: "s", email: "e@x", name: "n", picture: nil,
                                       issuedAt: S.issuedAt, salt: salt, includeKid: includeKid)
                #expect(try rotated.verify(token, salt: salt, now: S.issuedAt).subject == "s")
                #expect(S.rejection(SessionTokenVerifier(secrets: ["newer-secret"]), token, salt: salt) == .badTag)
            }
        }
        let newer = SessionTokenMinter(secret: "newer-secret")
        let token = newer.mint(subject: "n", email: "e@x", name: nil, picture: nil, issuedAt: S.issuedAt)
        #expect(try rotated.verify(token, salt: .secure, now: S.issuedAt).subject == "n")
    }

    @Test("several secrets: a kid that matches no key is bad_tag even if a key would authenticate")
    func unknownKidWithSeveralSecrets() throws {
        let header = ["alg": "dir", "enc": "A256CBC-HS512", "kid": "no-such-key"]
        let token = minter.mint(payload: S.json(S.validClaims()), salt: .secure, header: header)
        let rotated = SessionTokenVerifier(secrets: ["another-secret", S.secret])
        #expect(S.rejection(rotated, token) == .badTag)
        // With a single secret the kid is ignored and the tag decides (auth.md §3).
        #expect(try verifier.verify(token, salt: .secure, now: S.issuedAt).subject == "user-1")
    }

    @Test("several secrets: a kid naming the wrong key is bad_tag (kid is never trusted alone)")
    func kidOfOtherKey() {
        let header = [
            "alg": "dir", "enc": "A256CBC-HS512",
            "kid": DerivedKey(secret: "another-secret", salt: .secure).thumbprint,
        ]
        let token = minter.mint(payload: S.json(S.validClaims()), salt: .secure, header: header)
        let rotated = SessionTokenVerifier(secrets: ["another-secret", S.secret])
        #expect(S.rejection(rotated, token) == .badTag)
    }

    @Test("verifier and minter descriptions never show the secret or key bytes")
    func redacted() {
        let secret = "super-secret-value"
        let key = DerivedKey(secret: secret, salt: .secure)
        let keyHex = key.bytes.map { String(format: "%02x", $0) }.joined()
        var dumps: [String] = []
        for value in [SessionTokenVerifier(secrets: [secret]) as Any, SessionTokenMinter(secret: secret) as Any] {
            var text = ""
            dump(value, to: &text)
            dumps += [text, String(describing: value), String(reflecting: value)]
        }
        for text in dumps {
            #expect(!text.contains(secret))
            #expect(!text.contains(keyHex.prefix(16)))
            #expect(!text.contains(String(describing: key.bytes)))
        }
    }

    private func base64(_ url: String) -> String {
        var text = url.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        return text
    }
}
