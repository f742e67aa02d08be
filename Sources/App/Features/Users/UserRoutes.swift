import Foundation
import Hummingbird
import Policy
import Storage

/// `GET/PATCH /api/auth/me`. `leaderboard_opt_in` may be set here too: the web client has no opt-in control of its own.
enum UserRoutes {
    static func routes(users: any UserStore, leaderboards: any LeaderboardStore) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/auth/me", on: .account, tag: "Auth", summary: "The caller's profile (created on first sight)",
                      docs: UserDocs.read) { _, _, account in
                try JSONCoding.response(UserProfile(account))
            },
            RouteSpec(.patch, "/api/auth/me", on: .account, tag: "Auth",
                      summary: "Change the caller's skill level and leaderboard opt-in", docs: UserDocs.update) { request, context, account in
                let body = try await JSONBody.read(request, context: context)
                let rawLevel = try body.optionalString("skill_level")
                let optIn = try body.optionalBool("leaderboard_opt_in")
                var level: SkillLevel?
                if let rawLevel {
                    guard let known = SkillLevel(rawValue: rawLevel) else {
                        let allowed = SkillLevel.allCases.map(\.rawValue).sorted().joined(separator: ", ")
                        throw AppError.unprocessable("Invalid skill_level '\(rawLevel)'. Allowed values: \(allowed)")
                    }
                    level = known
                }
                var profile = account
                if let level {
                    guard let updated = try await users.updateSkillLevel(userID: account.id, to: level) else {
                        throw AppError.notFound("User not found")
                    }
                    profile = updated
                }
                if let optIn, optIn != profile.leaderboardOptIn {
                    // the same path as POST /api/leaderboards/opt-in, so the corner kings follow
                    try await leaderboards.setOptIn(optIn, OwnerScope(userID: account.id), now: Date())
                    profile.leaderboardOptIn = optIn
                }
                return try JSONCoding.response(UserProfile(profile))
            },
        ]
    }
}
