import Foundation
import Hummingbird
import Policy
import Storage

/// `GET/PATCH /api/auth/me`.
enum UserRoutes {
    static func routes(users: any UserStore) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/auth/me", on: .account, tag: "Auth", summary: "The caller's profile (created on first sight)",
                      docs: UserDocs.read) { _, _, account in
                try JSONCoding.response(UserProfile(account))
            },
            RouteSpec(.patch, "/api/auth/me", on: .account, tag: "Auth", summary: "Change the caller's skill level",
                      docs: UserDocs.update) { request, context, account in
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
}
