import Foundation
import Storage

/// `POST /api/instructor/students/{student_id}/flags` body `{session_id?: string|null, flag_type, description}`.
struct CreateFlagRequest {
    static let maxDescriptionLength = 2000
    let flag: NewStudentFlag

    init(_ body: JSONBody) throws {
        let type = try FlagTypeInput.parse(try body.requiredString("flag_type"))
        let description = try body.requiredString("description")
        if description.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw AppError.validation([ValidationIssue(type: "string_too_short", loc: ["body", "description"],
                                                       msg: "String should have at least 1 character", input: description,
                                                       ctx: ["min_length": 1])])
        }
        // Counted in Unicode code points, as JSON Schema's maxLength (and pydantic) count: grapheme clusters let a
        // longer text through (`e` + a combining accent is one Character).
        if description.unicodeScalars.count > Self.maxDescriptionLength {
            throw AppError.validation([ValidationIssue(
                type: "string_too_long", loc: ["body", "description"],
                msg: "String should have at most \(Self.maxDescriptionLength) characters", ctx: ["max_length": Self.maxDescriptionLength])])
        }
        flag = NewStudentFlag(sessionID: try body.optionalString("session_id"), type: type, description: description)
    }
}
