/// API-description entries of the notes routes (client-extras.md §1).
enum NoteDocs {
    static let note = JSONSchema.object([
        "id": .string, "user_id": .string, "session_id": JSONSchema.string.nullable,
        "anchor_type": JSONSchema.oneOf(NoteRules.anchorTypes).nullable, "anchor_id": JSONSchema.string.nullable,
        "anchor_meta": JSONSchema.map(.any).nullable, "content": .string, "is_pinned": .boolean,
        "color": JSONSchema.oneOf(NoteRules.colors).nullable, "created_at": .timestamp, "updated_at": .timestamp,
    ])
    static let fields: [String: JSONSchema] = [
        "anchor_type": JSONSchema.oneOf(NoteRules.anchorTypes).nullable,
        "anchor_id": JSONSchema.string(maxLength: NoteRules.maxAnchorIDLength).nullable,
        "anchor_meta": JSONSchema.map(.any).nullable, "is_pinned": .boolean,
        "color": JSONSchema.oneOf(NoteRules.colors).nullable,
    ]
    static let content = JSONSchema.string(minLength: 1, maxLength: NoteRules.maxContentLength)

    static let create = RouteDocs(.user, status: 201, .json(note), errors: [404, 429], body: .json(.object(
        ["content": content], optional: fields.merging(["session_id": JSONSchema.string(minLength: 1).nullable]) { a, _ in a })))
    static let list = RouteDocs(.open, .json(.object(["items": .array(note), "total": .integer])), query: [
        RouteDocs.Query("session_id", .string(minLength: 1), description: "Only this session's notes"),
        RouteDocs.Query("global_only", .boolean, description: "Only notes without a session (ignored with session_id)"),
        RouteDocs.Query("anchor_type", .oneOf(NoteRules.anchorTypes)),
    ])
    static let read = RouteDocs(.user, .json(note))
    /// Every field is optional, so an empty body changes nothing (and is not an error).
    static let update = RouteDocs(.user, .json(note), body: .json(.object([:], optional: fields.merging(["content": content]) { a, _ in a }), required: false))
    static let delete = RouteDocs(.user, status: 204, .empty)
}
