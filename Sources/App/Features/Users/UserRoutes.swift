import Foundation
import Hummingbird
import Policy
import Storage

/// `GET/PATCH /api/auth/me`.
enum UserRoutes {
    static func routes(users: any UserStore) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/auth/me", tag: "Auth", summary: "The caller's profile (created on first sight)", docs: UserDocs.read) { _, context in
                try JSONCoding.response(UserProfile(try context.requireAccount()))
            },
            RouteSpec(.patch, "/api/auth/me", tag: "Auth", summary: "Change the caller's skill level", docs: UserDocs.update) { request, context in
                let account = try context.requireAccount()
                let body = try await JSONBody.read(request, context: context)
                guard let raw = try body.optionalString("skill_level") else {
                    return try JSONCoding.response(UserProfile(account))
                }
                guard let level = SkillLevel(rawValue: raw) else {
                    let allowed = SkillLevel.allCases.map(\.rawValue).sorted().joined(separator: ", ")
                    throw AppError.unprocessable("Invalid skill_level '\(raw)'. Allowed values: \(allowed)")
                }
                guard let updated = try await users.updateSkillLevel(userID: account.id, to: level) else {
                    throw AppError.notFound("User not found")
                }
                return try JSONCoding.response(UserProfile(updated))
            },
        ]
    }

    /// `account`: the caller's own record (a refusal's wording comes from the action's `forbidden` in policy.yaml).
    static func locators(into registry: inout ResourceLocators) {
        registry.register("account", ResourceLocator(notFoundDetail: { _ in "User not found" }) { input in
            guard let user = input.user else { return nil }
            return LoadedResource(facts: ResourceFacts(kind: "account", id: user.id, ownerID: user.id), record: user)
        })
    }
}

extension AppRequestContext {
    /// The authorized account resource (routes bound to kind `account`).
    func requireAccount() throws -> UserAccount {
        guard let account = resource?.record as? UserAccount else { throw AppError.internalError }
        return account
    }
}

/// `UserSchema` plus the read-only platform role.
public struct UserProfile: Codable {
    public var id: String
    var email: String
    var name: String
    var avatar_url: String?
    var skill_level: String
    var role: String
    var created_at: Date

    init(_ account: UserAccount) {
        id = account.id
        email = account.email
        name = account.name
        avatar_url = account.avatarURL
        skill_level = account.skillLevel.rawValue
        role = account.role.rawValue
        created_at = account.createdAt
    }

    enum CodingKeys: String, CodingKey { case id, email, name, avatar_url, skill_level, role, created_at }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(email, forKey: .email)
        try container.encode(name, forKey: .name)
        try container.encode(avatar_url, forKey: .avatar_url)
        try container.encode(skill_level, forKey: .skill_level)
        try container.encode(role, forKey: .role)
        try container.encode(created_at, forKey: .created_at)
    }
}
