import Coaching

/// API-description entries of the coaching report routes.
enum CoachingDocs {
    static let report = JSONSchema.object([
        "session_id": .string, "status": .oneOf(["generating", "ready", "error"]),
        "skill_level": .oneOf(CoachingSkill.allCases.map(\.rawValue)),
        "summary": JSONSchema.string.nullable, "primary_focus": .string,
        "priority_corners": .array(.object(["corner": .integer, "time_cost_s": .number, "issue": .string, "tip": .string])),
        "corner_grades": .array(.object([
            "corner": .integer, "braking": .string, "trail_braking": .string, "min_speed": .string, "throttle": .string,
            "notes": .string, "braking_reason": .string, "trail_braking_reason": .string, "min_speed_reason": .string,
            "throttle_reason": .string,
        ])),
        "patterns": .array(.string), "drills": .array(.string),
        "validation_failed": .boolean, "validation_violations": .array(.string),
        "regen_remaining": .integer, "regen_max": .integer,
        "generated_by": JSONSchema.string.nullable, "generation_started_at": JSONSchema.timestamp.nullable,
        "generation_estimated_s": .finite,
    ])

    static let request = RouteDocs(.user, .json(report), errors: [429], body: .json(.object([:], optional: [
        "skill_level": .oneOf(CoachingSkill.allCases.map(\.rawValue)), "force": .boolean,
    ]), required: false))

    static let read = RouteDocs(.user, .json(report), query: [
        .init("skill_level", .oneOf(CoachingSkill.allCases.map(\.rawValue)), description: "Skill level (default intermediate)"),
    ])

    static let chat = RouteDocs(.user, .json(.object(["role": .oneOf(["assistant"]), "content": .string])), errors: [429],
                                body: .json(.object(["content": .string], optional: ["context": .any])))

    static let pdf = RouteDocs(.user, .binary("application/pdf"))

    static let feedbackEntry = JSONSchema.object([
        "session_id": .string, "section": .string, "rating": .integer(minimum: -1, maximum: 1), "comment": JSONSchema.string.nullable,
    ])

    static let giveFeedback = RouteDocs(.user, .json(feedbackEntry), errors: [404], body: .json(.object([
        "session_id": .string, "section": .string(pattern: "^(summary|patterns|drills|corner_grades|corner_[1-9][0-9]*)$"),
        "rating": .integer(minimum: -1, maximum: 1),
    ], optional: ["comment": JSONSchema.string(maxLength: FeedbackBody.maxComment).nullable])))

    static let feedback = RouteDocs(.user, .json(.object(["feedback": .array(feedbackEntry)])))
}
