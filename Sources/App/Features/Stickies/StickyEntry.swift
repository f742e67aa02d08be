import Storage

/// A sticky as the API shows it (client-extras.md §2.2).
struct StickyEntry: Encodable {
    var id: String
    var user_id: String
    var pos_x: Double
    var pos_y: Double
    var content: String
    var tone: String
    var collapsed: Bool
    var view_scope: String
    var created_at: String
    var updated_at: String

    init(_ sticky: StickyRecord) {
        id = sticky.id
        user_id = sticky.ownerID
        pos_x = sticky.posX
        pos_y = sticky.posY
        content = sticky.content
        tone = sticky.tone
        collapsed = sticky.collapsed
        view_scope = sticky.viewScope
        created_at = Timestamp.iso8601(sticky.createdAt)
        updated_at = Timestamp.iso8601(sticky.updatedAt)
    }
}

/// `GET /api/stickies`: the items and their count.
struct StickyList: Encodable {
    var items: [StickyEntry]
    var total: Int
}
