import AuthJS
import Foundation
import Testing

@Suite("auth.md §11 test vectors")
struct VectorTests {
    @Test("vector file loads with all 20 vectors")
    func vectorFileLoads() throws {
        let vectors = try VectorFixtures.load()
        #expect(vectors.count == 20)
        #expect(Set(vectors.map(\.id)).count == vectors.count, "vector ids are unique")
        #expect(vectorIDs == vectors.map(\.id))
    }

    @Test("verify with the vector's secret and salt", arguments: vectorIDs)
    func verifyVector(_ id: String) throws {
        let vector = try #require(VectorFixtures.vector(id))
        let salt = try #require(TokenSalt(rawValue: vector.salt))
        let verifier = SessionTokenVerifier(secrets: [vector.secret])
        try Self.check(vector, verifier: verifier, salt: salt)
    }

    @Test("same outcome when the vector's secret is the older of two rotation secrets", arguments: vectorIDs)
    func verifyVectorWithRotation(_ id: String) throws {
        let vector = try #require(VectorFixtures.vector(id))
        let salt = try #require(TokenSalt(rawValue: vector.salt))
        let verifier = SessionTokenVerifier(secrets: ["a-newer-secret-that-minted-nothing", vector.secret])
        try Self.check(vector, verifier: verifier, salt: salt)
    }

    @Test("the vector's source resolves to its salt, and verifies end to end", arguments: vectorIDs)
    func resolveVectorSource(_ id: String) throws {
        let vector = try #require(VectorFixtures.vector(id))
        let request = try Self.request(for: vector)
        let source = try #require(
            TokenSourceResolver.resolve(authorization: request.authorization, cookieHeaders: request.cookies)
        )
        #expect(source.salt.rawValue == vector.salt)
        #expect(source.token == vector.token)
        #expect(source.label == request.expectedLabel)
        try Self.check(vector, verifier: SessionTokenVerifier(secrets: [vector.secret]), salt: source.salt)
    }

    // MARK: - Helpers

    static func check(_ vector: AuthVector, verifier: SessionTokenVerifier, salt: TokenSalt) throws {
        switch vector.expect {
        case "accept":
            let user = try #require(vector.user)
            let expected = AuthIdentity(subject: user.id, email: user.email, name: user.name, picture: user.picture)
            do {
                let identity = try verifier.verify(vector.token, salt: salt, now: VectorFixtures.now)
                #expect(identity == expected)
            } catch {
                Issue.record("\(vector.id): expected accept, got \(error.rawValue)")
            }
        case "reject":
            let reasons = vector.acceptableReasons
            #expect(!reasons.isEmpty)
            #expect(reasons.allSatisfy { TokenRejection(rawValue: $0) != nil }, "reason codes are known")
            do {
                let identity = try verifier.verify(vector.token, salt: salt, now: VectorFixtures.now)
                Issue.record("\(vector.id): expected reject \(reasons.sorted()), accepted as \(identity.subject)")
            } catch {
                #expect(reasons.contains(error.rawValue), "\(vector.id): got \(error.rawValue), want \(reasons.sorted())")
            }
        default:
            Issue.record("unknown expect value \(vector.expect)")
        }
    }

    struct Request {
        var authorization: String?
        var cookies: [String]
        var expectedLabel: String
    }

    static func request(for vector: AuthVector) throws -> Request {
        if vector.source == "header:Authorization: Bearer" {
            return Request(authorization: "Bearer \(vector.token)", cookies: [], expectedLabel: "bearer")
        }
        let prefix = "cookie:"
        guard vector.source.hasPrefix(prefix) else {
            throw VectorSourceError(source: vector.source)
        }
        let name = String(vector.source.dropFirst(prefix.count))
        return Request(authorization: nil, cookies: ["\(name)=\(vector.token)"], expectedLabel: vector.source)
    }

    struct VectorSourceError: Error {
        let source: String
    }
}
