/// API-description entries of the stickies routes (client-extras.md §2).
enum StickyDocs {
    static let sticky = JSONSchema.object([
        "id": .string, "user_id": .string, "pos_x": .number, "pos_y": .number, "content": .string,
        "tone": .oneOf(StickyRules.tones), "collapsed": .boolean, "view_scope": .oneOf(StickyRules.viewScopes),
        "created_at": .timestamp, "updated_at": .timestamp,
    ])
    static let fields: [String: JSONSchema] = [
        "content": .string(maxLength: StickyRules.maxContentLength), "tone": .oneOf(StickyRules.tones), "collapsed": .boolean,
        "view_scope": .oneOf(StickyRules.viewScopes),
    ]
    static let posX = JSONSchema.number(minimum: 0, maximum: 1)
    static let posY = JSONSchema.number(minimum: 0, maximum: 100)

    static let create = RouteDocs(.user, status: 201, .json(sticky), errors: [429],
                                  body: .json(.object(["pos_x": posX, "pos_y": posY], optional: fields)))
    static let list = RouteDocs(.open, .json(.object(["items": .array(sticky), "total": .integer])), query: [
        RouteDocs.Query("view_scope", .oneOf(StickyRules.viewScopes), description: "Only this view's stickies (not the global ones)"),
    ])
    /// Every field is optional, so an empty body changes nothing (and is not an error).
    static let update = RouteDocs(.user, .json(sticky),
                                  body: .json(.object([:], optional: fields.merging(["pos_x": posX, "pos_y": posY]) { a, _ in a }), required: false))
    static let delete = RouteDocs(.user, status: 204, .empty)
}
