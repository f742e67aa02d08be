import Storage

/// API-description entries of `/api/auth/me`.
enum UserDocs {
    static let profile = JSONSchema.object([
        "id": .string, "email": .string, "name": .string, "avatar_url": JSONSchema.string.nullable,
        "skill_level": .oneOf(SkillLevel.allCases.map(\.rawValue)), "role": .oneOf(PlatformRole.allCases.map(\.rawValue)),
        "leaderboard_opt_in": .boolean, "created_at": .timestamp,
    ])

    static let read = RouteDocs(.user, .json(profile))
    /// An empty or `null` body changes nothing.
    static let update = RouteDocs(.user, .json(profile), errors: [404], body: .json(JSONSchema.object([:], optional: [
        "skill_level": JSONSchema.oneOf(SkillLevel.allCases.map(\.rawValue)).nullable,
        "leaderboard_opt_in": JSONSchema.boolean.nullable,
    ]).nullable, required: false))
}
