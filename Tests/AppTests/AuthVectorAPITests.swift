import AuthJS
import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

/// Every auth.md §11 vector sent through the real router as its `source` says.
@Suite struct AuthVectorAPITests {
    /// One entry of the AuthJS vector file.
    struct Vector: Sendable, Decodable, CustomTestStringConvertible {
        struct User: Sendable, Decodable { let email: String? }
        let id: String
        let secret: String
        let source: String
        let token: String
        let expect: String
        let user: User?
        var accept: Bool { expect == "accept" }
        var email: String? { user?.email }
        var testDescription: String { id }
    }

    static let vectors: [Vector] = {
        let url = TestPaths.repositoryRoot.appendingPathComponent("Tests/AuthJSTests/Vectors/authjs-vectors.json")
        return (try? JSONDecoder().decode([Vector].self, from: Data(contentsOf: url))) ?? []
    }()

    @Test func vectorsAreLoaded() { #expect(Self.vectors.count >= 20) }

    @Test(arguments: vectors)
    func vectorThroughRouter(_ vector: Vector) async throws {
        try await withTestApp(configure: { $0.authSecrets = [vector.secret] }) { client, _ in
            // given
            var headers = HTTPFields()
            if vector.source.hasPrefix("header:") {
                headers[.authorization] = "Bearer " + vector.token
            } else {
                let cookie = vector.source.replacingOccurrences(of: "cookie:", with: "")
                headers[.cookie] = "\(cookie)=\(vector.token)"
            }
            // when
            let response = try await client.execute(uri: "/api/auth/me", method: .get, headers: headers)
            // then
            if vector.accept {
                #expect(response.status == .ok)
                #expect(try response.decode(UserProfile.self).email == vector.email?.lowercased())
            } else {
                #expect(response.status == .unauthorized)
                #expect(response.detail == "Invalid token" || response.detail == "Invalid token claims")
            }
        }
    }
}
