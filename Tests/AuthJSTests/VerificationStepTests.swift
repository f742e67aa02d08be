@testable import AuthJS
import Foundation
import Testing

@Suite("Verification steps 1-11 (auth.md §3)")
struct VerificationStepTests {
    typealias S = TokenTestSupport
    let minter = SessionTokenMinter(secret: S.secret)
    let verifier = SessionTokenVerifier(secrets: [S.secret])

    private func validToken() -> String {
        minter.mint(payload: S.json(S.validClaims()), salt: .secure)
    }

    private func replacing(_ token: String, part index: Int, with value: String) -> String {
        var parts = S.parts(token)
        parts[index] = value
        return parts.joined(separator: ".")
    }

    private func header(_ json: String) -> String {
        S.base64url(Data(json.utf8))
    }

    // Step 1
    @Test("step 1: empty, wrong segment counts → malformed",
          arguments: ["", ".", "....", "......", "a.b.c", "a..b.c.d.e"])
    func segmentCount(_ token: String) {
        #expect(S.rejection(verifier, token) == .malformed)
    }

    // Step 2
    @Test("step 2: header not base64url / not UTF-8 JSON / not an object → malformed",
          arguments: ["!!!!", "eyJhbGciOiJkaXIifQ==", "eyJh+GciOiJkaXIifQ", "bm90IGpzb24", "WzEsMl0", "ImRpciI", "_w", "A"])
    func headerDecoding(_ encodedHeader: String) {
        #expect(S.rejection(verifier, replacing(validToken(), part: 0, with: encodedHeader)) == .malformed)
    }

    @Test("step 2: deeply nested header JSON is rejected, not a crash")
    func deeplyNestedHeader() {
        let nested = String(repeating: "[", count: 6000) + String(repeating: "]", count: 6000)
        #expect(S.rejection(verifier, replacing(validToken(), part: 0, with: header(nested))) == .malformed)
        let nestedObject = String(repeating: #"{"a":"#, count: 2000) + "1" + String(repeating: "}", count: 2000)
        #expect(S.rejection(verifier, replacing(validToken(), part: 0, with: header(nestedObject))) == .malformed)
    }

    // Steps 3-5
    @Test("steps 3-5: header members", arguments: [
        (#"{"enc":"A256CBC-HS512"}"#, TokenRejection.unsupportedAlg),
        (#"{"alg":"DIR","enc":"A256CBC-HS512"}"#, .unsupportedAlg),
        (#"{"alg":["dir"],"enc":"A256CBC-HS512"}"#, .unsupportedAlg),
        (#"{"alg":"none","enc":"nope","zip":"DEF"}"#, .unsupportedAlg),
        (#"{"alg":"dir"}"#, .unsupportedEnc),
        (#"{"alg":"dir","enc":"A128CBC-HS256"}"#, .unsupportedEnc),
        (#"{"alg":"dir","enc":"A256GCM"}"#, .unsupportedEnc),
        (#"{"alg":"dir","enc":"A256GCM","crit":["exp"]}"#, .unsupportedEnc),
        (#"{"alg":"dir","enc":"A256CBC-HS512","zip":"DEF"}"#, .unsupportedHeader),
        (#"{"alg":"dir","enc":"A256CBC-HS512","crit":[]}"#, .unsupportedHeader),
        (#"{"alg":"dir","enc":"A256CBC-HS512","zip":null}"#, .unsupportedHeader),
        (#"{"alg":"dir","enc":"A256CBC-HS512","typ":"JWT","cty":"x"}"#, .badTag),
    ])
    func headerMembers(json: String, expected: TokenRejection) {
        #expect(S.rejection(verifier, replacing(validToken(), part: 0, with: header(json))) == expected)
    }

    @Test("steps 3-5 with a correct tag: only the header check rejects")
    func authenticHeaderRejections() throws {
        let payload = S.json(S.validClaims())
        let zip = minter.mint(payload: payload, salt: .secure, header: ["alg": "dir", "enc": "A256CBC-HS512", "zip": "DEF"])
        #expect(S.rejection(verifier, zip) == .unsupportedHeader)
        let gcm = minter.mint(payload: payload, salt: .secure, header: ["alg": "dir", "enc": "A256GCM"])
        #expect(S.rejection(verifier, gcm) == .unsupportedEnc)
        let extra = minter.mint(payload: payload, salt: .secure, header: ["alg": "dir", "enc": "A256CBC-HS512", "typ": "JWT"])
        #expect(try verifier.verify(extra, salt: .secure, now: S.issuedAt).subject == "user-1")
    }

    // Step 6
    @Test("step 6: non-empty encrypted-key segment → malformed")
    func encryptedKeyPresent() {
        #expect(S.rejection(verifier, replacing(validToken(), part: 1, with: "AAAA")) == .malformed)
    }

    // Step 7
    @Test("step 7: IV, ciphertext and tag encodings and lengths → malformed")
    func bodyLengths() {
        let token = validToken()
        let parts = S.parts(token)
        let cases: [(Int, String)] = [
            (2, ""), (2, "AAAAAAAAAAAAAAAAAAAA"), (2, parts[2] + "AA"), (2, parts[2] + "="),
            (3, ""), (3, String(parts[3].dropLast(2))), (3, parts[3] + "AA"), (3, "*" + parts[3].dropFirst()),
            (4, ""), (4, String(parts[4].prefix(42))), (4, parts[4] + "AA"), (4, parts[4] + "="),
            (4, String(parts[4].prefix(22))), (4, parts[4].replacingOccurrences(of: "-", with: "+")
                .replacingOccurrences(of: "_", with: "/") + "==="),
        ]
        for (index, value) in cases {
            #expect(S.rejection(verifier, replacing(token, part: index, with: value)) == .malformed,
                    "part \(index) = \(value.prefix(12))…")
        }
        // A tag with any '+' or '/' (standard alphabet) is not base64url.
        let standardTag = "+" + parts[4].dropFirst()
        #expect(S.rejection(verifier, replacing(token, part: 4, with: standardTag)) == .malformed)
    }

    // Step 8
    @Test("step 8: a change anywhere in header, IV, ciphertext or tag → bad_tag")
    func tagCoversEverything() {
        let token = validToken()
        for index in [0, 2, 3, 4] {
            var bytes = Array(S.parts(token)[index].utf8)
            // Swap one character for another alphabet character in the middle.
            let position = index == 0 ? bytes.count - 3 : bytes.count / 2
            bytes[position] = bytes[position] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
            let tampered = replacing(token, part: index, with: String(decoding: bytes, as: UTF8.self))
            let reason = S.rejection(verifier, tampered)
            #expect(reason == .badTag || (index == 0 && reason == .malformed), "part \(index): \(String(describing: reason))")
        }
    }

    @Test("constant-time compare checks all bytes and lengths")
    func constantTimeEqual() {
        let base = [UInt8](repeating: 7, count: 32)
        #expect(ContentEncryption.constantTimeEqual(base, base))
        for position in [0, 15, 31] {
            var other = base
            other[position] ^= 0x80
            #expect(!ContentEncryption.constantTimeEqual(base, other))
        }
        #expect(!ContentEncryption.constantTimeEqual(base, Array(base.prefix(31))))
    }

    // Step 9
    @Test("step 9: correct tag but broken PKCS#7 padding → bad_padding; repaired padding → payload_not_json")
    func padding() throws {
        // "{}" is one block: plaintext = "{}" + 14 × 0x0e, and for one block P = D(C) ⊕ IV.
        let key = DerivedKey(secret: S.secret, salt: .secure)
        let token = minter.mint(payload: Data("{}".utf8), salt: .secure)
        let parts = S.parts(token)
        var iv = try #require(Base64URL.decode(parts[2]))
        #expect(Base64URL.decode(parts[3])?.count == 16)

        func retagged(iv: [UInt8]) throws -> String {
            let ciphertext = try #require(Base64URL.decode(parts[3]))
            let tag = ContentEncryption.tag(aad: Array(parts[0].utf8), iv: iv, ciphertext: ciphertext, key: key)
            return [parts[0], "", Base64URL.encode(iv), parts[3], Base64URL.encode(tag)].joined(separator: ".")
        }

        iv[15] ^= 0x0e  // last plaintext byte becomes 0x00: invalid padding
        #expect(S.rejection(verifier, try retagged(iv: iv)) == .badPadding)
        // Same bytes without a fresh tag: the tag fails first, nothing is decrypted.
        #expect(S.rejection(verifier, [parts[0], "", Base64URL.encode(iv), parts[3], parts[4]].joined(separator: "."))
                == .badTag)

        iv[15] ^= 0x01  // total flip 0x0f: last byte 0x01, valid padding, plaintext "{}" + 13 × 0x0e
        #expect(S.rejection(verifier, try retagged(iv: iv)) == .payloadNotJSON)
    }

    // Step 10
    @Test("step 10: payload not a UTF-8 JSON object → payload_not_json",
          arguments: ["", "null", "[1,2]", "\"text\"", "42", "{", "{\"sub\":\"a\"} trailing", "not json"])
    func payloadNotObject(_ payload: String) {
        let token = minter.mint(payload: Data(payload.utf8), salt: .secure)
        #expect(S.rejection(verifier, token) == .payloadNotJSON)
    }

    @Test("step 10: invalid UTF-8 payload → payload_not_json")
    func payloadInvalidUTF8() {
        var bytes = Array(#"{"sub":"a","email":"b","exp":4070908800,"name":"X"}"#.utf8)
        bytes[bytes.count - 3] = 0xff
        #expect(S.rejection(verifier, minter.mint(payload: Data(bytes), salt: .secure)) == .payloadNotJSON)
    }

    @Test("strict UTF-8: overlong forms, surrogates and truncated sequences are invalid")
    func utf8Validation() {
        #expect(JSONValue.isValidUTF8(Array("Zoë Ångström 🏎".utf8)))
        #expect(JSONValue.isValidUTF8([UInt8]()))
        for bad: [UInt8] in [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xff], [0xf4, 0x90, 0x80, 0x80]] {
            #expect(!JSONValue.isValidUTF8(bad))
            let payload = Array(#"{"exp":4070908800,"sub":"a","email":"b","name":""#.utf8) + bad + Array(#""}"#.utf8)
            #expect(S.rejection(verifier, minter.mint(payload: Data(payload), salt: .secure)) == .payloadNotJSON)
        }
    }

    // Step 11
    @Test("step 11: claim checks, in order", arguments: [
        (#"{"sub":"a","email":"b"}"#, TokenRejection.missingExp),
        (#"{"sub":"a","email":"b","exp":"4070908800"}"#, .missingExp),
        (#"{"sub":"a","email":"b","exp":true}"#, .missingExp),
        (#"{"sub":"a","email":"b","exp":null}"#, .missingExp),
        (#"{"exp":1577836800}"#, .expired),
        (#"{"exp":4070908800,"nbf":4070908000}"#, .notYetValid),
        (#"{"exp":4070908800,"nbf":null,"sub":"a","email":"b"}"#, .notYetValid),
        (#"{"exp":4070908800,"email":"b"}"#, .missingSub),
        (#"{"exp":4070908800,"sub":"","email":"b"}"#, .missingSub),
        (#"{"exp":4070908800,"sub":42,"email":"b"}"#, .missingSub),
        (#"{"exp":4070908800,"sub":null}"#, .missingSub),
        (#"{"exp":4070908800,"sub":"a"}"#, .missingEmail),
        (#"{"exp":4070908800,"sub":"a","email":""}"#, .missingEmail),
        (#"{"exp":4070908800,"sub":"a","email":["b"]}"#, .missingEmail),
    ])
    func claims(json: String, expected: TokenRejection) {
        let token = minter.mint(payload: Data(json.utf8), salt: .secure)
        #expect(S.rejection(verifier, token) == expected)
    }

    @Test("claims to user: name and picture defaults, sub and email passed through unchanged", arguments: [
        (#"{"exp":4070908800,"sub":"42","email":"A@B.example"}"#,
         AuthIdentity(subject: "42", email: "A@B.example", name: "", picture: nil)),
        (#"{"exp":4070908800,"sub":"s","email":"e","name":null,"picture":""}"#,
         AuthIdentity(subject: "s", email: "e", name: "", picture: nil)),
        (#"{"exp":4070908800,"sub":"s","email":"e","name":7,"picture":false}"#,
         AuthIdentity(subject: "s", email: "e", name: "", picture: nil)),
        (#"{"exp":4070908800.5,"iat":"x","jti":[],"sub":" s ","email":"e","name":"","picture":"p","role":"admin"}"#,
         AuthIdentity(subject: " s ", email: "e", name: "", picture: "p")),
    ])
    func claimsToUser(json: String, expected: AuthIdentity) throws {
        let token = minter.mint(payload: Data(json.utf8), salt: .secure)
        #expect(try verifier.verify(token, salt: .secure, now: S.issuedAt) == expected)
    }
}

@Suite("TokenRejection")
struct TokenRejectionTests {
    @Test("reason codes and client messages (auth.md §6)")
    func codesAndDetails() {
        #expect(TokenRejection.allCases.map(\.rawValue) == [
            "malformed", "unsupported_alg", "unsupported_enc", "unsupported_header", "bad_tag", "bad_padding",
            "payload_not_json", "missing_exp", "expired", "not_yet_valid", "missing_sub", "missing_email",
        ])
        for reason in TokenRejection.allCases {
            let claims = reason == .missingSub || reason == .missingEmail
            #expect(reason.clientDetail == (claims ? "Invalid token claims" : "Invalid token"))
        }
    }
}

@Suite("Base64URL")
struct Base64URLTests {
    @Test("round trips every length and rejects characters outside the alphabet")
    func roundTrip() {
        for length in 0..<70 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 251) }
            let text = Base64URL.encode(bytes)
            #expect(!text.contains("=") && !text.contains("+") && !text.contains("/"))
            #expect(Base64URL.decode(text) == bytes)
        }
        for bad in ["A", "AAAAA", "AA==", "A+", "A/", "A A", "AA\n", "ÄA", "%41"] {
            #expect(Base64URL.decode(bad) == nil, "\(bad)")
        }
        #expect(Base64URL.decode("-_8") == [0xfb, 0xff])
    }
}
