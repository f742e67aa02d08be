import Foundation
import Hummingbird
import Storage

/// The operator area (`ADMIN_EMAILS`): the web client's admin gate and the platform instructor role
/// (weak point 17). Bound to the caller's own `account` with `platform_admin` in policy.yaml, so a non-operator
/// meets `403 Admin access required` before any user is looked up, and learns nothing about other accounts.
enum AdminRoutes {
    static func routes(users: any UserStore) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/admin/me", tag: "Admin", summary: "The operator's email and name (403 for everyone else)",
                      docs: AdminDocs.me) { _, context in
                let account = try context.requireAccount()
                return try JSONCoding.response(AdminIdentity(email: account.email, name: account.name))
            },
            RouteSpec(.put, "/api/admin/users/{user_id}/role", tag: "Admin",
                      summary: "Grant or remove the instructor role: {\"role\": \"instructor\" | \"driver\"}",
                      docs: AdminDocs.setRole) { request, context in
                let body = try await JSONBody.read(request, context: context)
                _ = try body.requireObject()
                let raw = try body.requiredString("role")
                guard let role = PlatformRole(rawValue: raw) else {
                    let allowed = PlatformRole.allCases.map(\.rawValue).sorted().joined(separator: ", ")
                    throw AppError.unprocessable("Invalid role '\(raw)'. Allowed values: \(allowed)")
                }
                guard let id = context.parameters.get("user_id"),
                      let updated = try await users.setRole(userID: id, to: role) else {
                    throw AppError.notFound("User not found")
                }
                context.logger.notice("platform role changed", metadata: ["target_user_id": "\(updated.id)", "role": "\(role.rawValue)"])
                return try JSONCoding.response(UserProfile(updated))
            },
        ]
    }
}

/// `GET /api/admin/me`.
struct AdminIdentity: Codable {
    var email: String
    var name: String
}
