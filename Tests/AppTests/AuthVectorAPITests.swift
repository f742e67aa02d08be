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
    struct Vector: Sendable, CustomTestStringConvertible {
        let id: String
        let secret: String
        let source: String
        let token: String
        let accept: Bool
        let email: String?
        var testDescription: String { id }
    }

    static let vectors: [Vector] = {
        let url = TestPaths.repositoryRoot.appendingPathComponent("Tests/AuthJSTests/Vectors/authjs-vectors.json")
        guard let data = try? Data(contentsOf: url),
              let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return list.map { entry in
            let user = entry["user"] as? [String: Any]
            return Vector(id: entry["id"] as! String, secret: entry["secret"] as! String, source: entry["source"] as! String,
                          token: entry["token"] as! String, accept: entry["expect"] as? String == "accept",
                          email: user?["email"] as? String)
        }
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
