import Foundation
import Storage

/// A note's create or update body (client-extras.md §1.3): the changes, and on create the session it is attached to.
struct NoteBody {
    var sessionID: String?
    var changes: NoteChanges

    /// The create body: `content` required; `session_id`, when a string, must not be empty.
    static func create(_ body: JSONBody) throws -> NoteBody {
        let fields = try BodyFields(body)
        var changes = try changes(fields)
        guard case .set = changes.content else {
            throw AppError.validation([ValidationIssue(type: "missing", loc: ["body", "content"], msg: "Field required")])
        }
        if case .unchanged = changes.isPinned { changes.isPinned = .set(false) }
        let session = try fields.nullableString("session_id", maxLength: 200).or(nil)
        if session?.isEmpty == true {
            throw AppError.validation([ValidationIssue(type: "string_too_short", loc: ["body", "session_id"],
                                                       msg: "session_id should be a non-empty string or null", input: "")])
        }
        return NoteBody(sessionID: session, changes: changes)
    }

    /// The update body: every field optional; `session_id` is ignored (a note never moves to another session).
    static func update(_ body: JSONBody) throws -> NoteChanges {
        try changes(try BodyFields(body))
    }

    private static func changes(_ fields: BodyFields) throws -> NoteChanges {
        var changes = NoteChanges()
        changes.content = try fields.string("content", minLength: 1, maxLength: NoteRules.maxContentLength)
        changes.anchorType = try fields.nullableChoice("anchor_type", among: NoteRules.anchorTypes, issueType: "value_error", issueLoc: ["body"])
        changes.anchorID = try fields.nullableString("anchor_id", maxLength: NoteRules.maxAnchorIDLength)
        changes.anchorMetaJSON = try fields.nullableObjectText("anchor_meta", maxBytes: NoteRules.maxAnchorMetaBytes)
        changes.isPinned = try fields.bool("is_pinned")
        changes.color = try fields.nullableChoice("color", among: NoteRules.colors, issueType: "value_error", issueLoc: ["body"])
        return changes
    }

    /// The new note these fields describe.
    func record(id: String, ownerID: String, now: Date) -> NoteRecord {
        NoteRecord(id: id, ownerID: ownerID, sessionID: sessionID, anchorType: changes.anchorType.or(nil),
                   anchorID: changes.anchorID.or(nil), anchorMetaJSON: changes.anchorMetaJSON.or(nil),
                   content: changes.content.or(""), isPinned: changes.isPinned.or(false), color: changes.color.or(nil),
                   createdAt: now, updatedAt: now)
    }
}
