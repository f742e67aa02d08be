import Hummingbird

/// The `PUT /api/coaching/feedback` body: `session_id`, `section` (`summary`, `patterns`, `drills`, `corner_grades` or
/// `corner_<n>`), `rating` (-1, 0 or 1) and an optional `comment` (at most 2000 characters).
enum FeedbackBody {
    static let sections: Set<String> = ["summary", "patterns", "drills", "corner_grades"]
    static let maxComment = 2000

    static func read(_ request: Request, context: AppRequestContext) async throws -> FeedbackEntry {
        let body = try await JSONBody.read(request, context: context)
        _ = try body.requireObjectOrNothing()
        let sessionID = try body.requiredString("session_id")
        let section = try body.requiredString("section")
        guard isSection(section) else {
            throw AppError.validation([ValidationIssue(
                type: "value_error", loc: ["body", "section"],
                msg: "section must be one of summary, patterns, drills, corner_grades or corner_<number>", input: section)])
        }
        let rating: Int
        switch body.object["rating"] {
        case .number(let value)? where value == value.rounded() && (-1...1).contains(value): rating = Int(value)
        case nil: throw AppError.validation([ValidationIssue(type: "missing", loc: ["body", "rating"], msg: "Field required")])
        case let other?:
            throw AppError.validation([ValidationIssue(type: "value_error", loc: ["body", "rating"],
                                                       msg: "rating must be -1, 0 or 1", input: other.preview)])
        }
        let comment = try body.optionalString("comment")
        if let comment, comment.count > maxComment {
            throw AppError.validation([ValidationIssue(type: "string_too_long", loc: ["body", "comment"],
                                                       msg: "String should have at most \(maxComment) characters")])
        }
        return FeedbackEntry(session_id: sessionID, section: section, rating: rating, comment: comment)
    }

    static func isSection(_ text: String) -> Bool {
        if sections.contains(text) { return true }
        guard text.hasPrefix("corner_"), let number = Int(text.dropFirst("corner_".count)) else { return false }
        return number >= 1 && String(number) == text.dropFirst("corner_".count)
    }
}
