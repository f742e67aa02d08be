import AuthJS
import Foundation
import Testing

@Suite("Key derivation (auth.md §2)")
struct DerivedKeyTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let secret: String
        let salt: TokenSalt
        let keyHex: String
        let kid: String
        var testDescription: String { "\(secret.prefix(8))… / \(salt.rawValue)" }
    }

    static let rows: [Row] = [
        Row(
            secret: "dev-secret-do-not-use-in-production", salt: .development,
            keyHex: "33fbaa9cc7184bc21d21cc1a2c216718e40ba29baa01b9df90676e1ac655830d7d966554dde12fe89c1c8bd64469ec8c3aad6377da4cfc733d9389eb9fb81718",
            kid: "aKoFosX59dnAz9ofxGq0XdhxUposPstPj-9nO59cUTMndnG02OwZhs7c8We71CjCKYklGBQB3LSAReqJAs9gsQ"
        ),
        Row(
            secret: "dev-secret-do-not-use-in-production", salt: .secure,
            keyHex: "a84f5700112354082fafa0b1ca2a92acde8e7703fa5a1c0b1de3b9749fc168c46dc6fd27e31df6f0514be793ada5db018160e1d09e6716d0af1c8ec33ce81e49",
            kid: "h1ueadhIeSZl_lwiWIDqtvJj422GDIsQHGzrNB8ecbTv1WnE67Wg1-GX-9VrWEf23oo9pmAtVaPazgQoWbd-Fw"
        ),
        Row(
            secret: VectorFixtures.mainSecret, salt: .development,
            keyHex: "82f698d23af5806872747484e5fddc8bb9af4618f487427a652fc695092804b1c3d0986dee47119276ede205c7cee9d23d0082fd51e035790c6fbc9e26f3cb82",
            kid: "e_rY5yMAFH0h8BeXsCasvIXEgilwPAcSCKlrEAxihC7wXCnmyFwmz9CUyECHoZcnB9e0LmLzAmh27wPrXkk5Aw"
        ),
        Row(
            secret: VectorFixtures.mainSecret, salt: .secure,
            keyHex: "1d8908fb6837ce468d8d6cd31f399a48ed911e092c8993d45cce2e865d81af63eecbf5e256185a9f34f804ed686d6d4e6347b9fa1ad1adaad7ae567f8ac5cd41",
            kid: "w7z_t6cO57yfNKV444gT1VSVS0PIPvfb2FJOCT1K2Q14loBPd2UlW8I0KTgz6-mPrd3JmTfnTcWbs8PhHFPajg"
        ),
    ]

    @Test("known answers: key bytes and kid", arguments: rows)
    func knownAnswer(_ row: Row) {
        let key = DerivedKey(secret: row.secret, salt: row.salt)
        #expect(key.bytes.count == 64)
        #expect(hex(key.bytes) == row.keyHex)
        #expect(key.thumbprint == row.kid)
        #expect(key.macKey == Array(key.bytes[0..<32]))
        #expect(key.aesKey == Array(key.bytes[32..<64]))
    }

    @Test("the secret is used as its literal UTF-8 bytes, not trimmed or base64-decoded")
    func secretIsLiteral() {
        let literal = DerivedKey(secret: VectorFixtures.mainSecret, salt: .secure)
        let padded = DerivedKey(secret: VectorFixtures.mainSecret + "\n", salt: .secure)
        #expect(literal.bytes != padded.bytes)
    }

    @Test("description and dump never show key bytes")
    func redacted() {
        let key = DerivedKey(secret: "dev-secret-do-not-use-in-production", salt: .secure)
        let keyHex = hex(key.bytes)
        var dumped = ""
        dump(key, to: &dumped)
        for text in [String(describing: key), String(reflecting: key), dumped] {
            #expect(!text.contains(keyHex))
            #expect(!text.contains(keyHex.prefix(16)))
            #expect(!text.contains("dev-secret"))
            #expect(!text.contains(String(describing: key.bytes)))
        }
    }

    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}

