import Storage

/// API-description entries of `/api/auth/me`.
enum UserDocs {
    static let profile = JSONSchema.object([
        "id": .string, "email": .string, "name": .string, "avatar_url": JSONSchema.string.nullable,
        "skill_level": .oneOf(SkillLevel.allCases.map(\.rawValue)), "role": .oneOf(PlatformRole.allCases.map(\.rawValue)),
        "created_at": .timestamp,
    ])

    static let read = RouteDocs(.user, .json(profile))
    static let update = RouteDocs(.user, .json(profile), errors: [404], body: .json(.object([:], optional: [
        "skill_level": JSONSchema.oneOf(SkillLevel.allCases.map(\.rawValue)).nullable,
    ]), required: false))
}
