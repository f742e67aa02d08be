import Storage

/// API-description entries of the instructor routes.
enum InstructorDocs {
    static let flagType = JSONSchema.oneOf(FlagType.allCases.map(\.rawValue))
    static let flag = JSONSchema.object([
        "id": .integer, "flag_type": flagType, "description": .string, "session_id": JSONSchema.string.nullable,
        "auto_generated": .boolean, "created_at": .timestamp,
    ])
    static let status = JSONSchema.object(["status": .string])

    static let students = RouteDocs(.user, .json(.object(["students": .array(.object([
        "student_id": .string, "name": .string, "email": .string, "avatar_url": JSONSchema.string.nullable,
        "linked_at": .timestamp, "recent_flags": .array(flagType),
    ]))])))
    static let invite = RouteDocs(.user, .json(.object(["invite_code": .string])))
    /// 400 for one's own code.
    static let accept = RouteDocs(.user, .json(status), errors: [400])
    static let removeStudent = RouteDocs(.user, .json(status))
    static let studentSessions = RouteDocs(.user, .json(.object(["sessions": .array(.object([
        "session_id": .string, "track_name": .string, "session_date": .timestamp,
        "best_lap_time_s": JSONSchema.number.nullable, "consistency_score": JSONSchema.number.nullable,
        "n_laps": JSONSchema.integer.nullable, "flags": .array(flag),
    ]))])))
    static let flags = RouteDocs(.user, .json(.object(["flags": .array(flag)])))
    static let createFlag = RouteDocs(.user, .json(flag), body: .json(.object(
        ["flag_type": flagType,
         "description": .string(maxLength: CreateFlagRequest.maxDescriptionLength, pattern: "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$")],
        optional: ["session_id": JSONSchema.string(pattern: "^[^\\u0000]*$").nullable])))
}
