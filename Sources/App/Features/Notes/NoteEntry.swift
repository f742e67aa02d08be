import Foundation
import JSONValues
import Storage
import TelemetryCore

/// A note as the API shows it (client-extras.md §1.2).
struct NoteEntry: Encodable {
    var id: String
    var user_id: String
    @Nullable var session_id: String?
    @Nullable var anchor_type: String?
    @Nullable var anchor_id: String?
    @Nullable var anchor_meta: JSONValue?
    var content: String
    var is_pinned: Bool
    @Nullable var color: String?
    var created_at: String
    var updated_at: String

    init(_ note: NoteRecord) {
        id = note.id
        user_id = note.ownerID
        session_id = note.sessionID
        anchor_type = note.anchorType
        anchor_id = note.anchorID
        anchor_meta = note.anchorMetaJSON.flatMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
        content = note.content
        is_pinned = note.isPinned
        color = note.color
        created_at = Timestamp.iso8601(note.createdAt)
        updated_at = Timestamp.iso8601(note.updatedAt)
    }
}

/// `GET /api/notes`: the items and their count (no pagination).
struct NoteList: Encodable {
    var items: [NoteEntry]
    var total: Int
}
