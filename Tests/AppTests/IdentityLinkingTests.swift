import AuthJS
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

/// Weak point 12: a new `sub` joins the account that holds its email only when the sign-in proves the address.
@Suite struct IdentityLinkingTests {
    static let minter = SessionTokenMinter(secret: testAuthSecret)

    static func me(_ client: any TestClientProtocol, _ token: String) async throws -> TestResponse {
        try await client.execute(uri: "/api/auth/me", method: .get, headers: [.authorization: "Bearer \(token)"])
    }

    @Test func anUnverifiedNewSignInCannotTakeOverTheAccount() async throws {
        try await withTestApp { client, _ in
            let owner = Self.minter.mint(subject: "github-1", email: "sam@example.org", name: "Sam", picture: nil)
            let ownerID = try await Self.me(client, owner).decode(UserProfile.self).id
            let intruder = Self.minter.mint(subject: "other-9", email: "sam@example.org", name: "Mallory", picture: nil)
            let refused = try await Self.me(client, intruder)
            #expect(refused.status == .forbidden)
            #expect(refused.detail?.hasPrefix("This email address belongs to an existing account") == true)
            let again = try await Self.me(client, owner).decode(UserProfile.self)
            #expect(again.id == ownerID)
            #expect(again.name == "Sam", "the intruder's claims changed nothing")
        }
    }

    @Test func emailVerifiedFalseDoesNotLink() async throws {
        try await withTestApp { client, _ in
            _ = try await Self.me(client, Self.minter.mint(subject: "a-1", email: "kim@example.org", name: "Kim", picture: nil))
            let second = Self.minter.mint(subject: "a-2", email: "kim@example.org", name: "Kim", picture: nil, emailVerified: false)
            #expect(try await Self.me(client, second).status == .forbidden)
        }
    }

    @Test func aTrustedProviderLinks() async throws {
        try await withTestApp(configure: { $0.trustedEmailProviders = ["google"] }) { client, _ in
            let first = Self.minter.mint(subject: "g-1", email: "lee@example.org", name: "Lee", picture: nil, provider: "google")
            let second = Self.minter.mint(subject: "g-2", email: "lee@example.org", name: "Lee", picture: nil, provider: "Google")
            let untrusted = Self.minter.mint(subject: "x-3", email: "lee@example.org", name: "Lee", picture: nil, provider: "credentials")
            let a = try await Self.me(client, first).decode(UserProfile.self)
            let b = try await Self.me(client, second).decode(UserProfile.self)
            #expect(a.id == b.id)
            #expect(try await Self.me(client, untrusted).status == .forbidden)
        }
    }
}
