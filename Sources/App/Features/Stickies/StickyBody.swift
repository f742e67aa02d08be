import Foundation
import Storage

/// A sticky's create or update body (client-extras.md §2.2): every field optional on update, `pos_x` and `pos_y`
/// required on create; `null` is refused for every field (none is nullable).
enum StickyBody {
    static func changes(_ body: JSONBody) throws -> StickyChanges {
        let fields = try BodyFields(body)
        var changes = StickyChanges()
        changes.posX = try fields.number("pos_x", in: StickyRules.posX)
        changes.posY = try fields.number("pos_y", in: StickyRules.posY)
        changes.content = try fields.string("content", maxLength: StickyRules.maxContentLength)
        changes.tone = try fields.choice("tone", among: StickyRules.tones)
        changes.collapsed = try fields.bool("collapsed")
        changes.viewScope = try fields.choice("view_scope", among: StickyRules.viewScopes)
        return changes
    }

    /// The new sticky the create body describes, with the defaults of §2.2.
    static func record(_ body: JSONBody, id: String, ownerID: String, now: Date) throws -> StickyRecord {
        let changes = try changes(body)
        for (key, field) in [("pos_x", changes.posX), ("pos_y", changes.posY)] {
            guard case .set = field else {
                throw AppError.validation([ValidationIssue(type: "missing", loc: ["body", key], msg: "Field required")])
            }
        }
        return StickyRecord(id: id, ownerID: ownerID, posX: changes.posX.or(0), posY: changes.posY.or(0),
                            content: changes.content.or(""), tone: changes.tone.or("amber"), collapsed: changes.collapsed.or(true),
                            viewScope: changes.viewScope.or("global"), createdAt: now, updatedAt: now)
    }
}
