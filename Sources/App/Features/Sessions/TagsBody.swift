import Hummingbird
import JSONValues

/// The tag PUT body: a bare JSON array or `{"tags": [...]}` (platform.md §2.8 "New").
enum TagsBody {
    static func read(_ request: Request, context: AppRequestContext) async throws -> [String] {
        let body = try await JSONBody.read(request, context: context)
        let list: JSONValue
        switch body.value {
        case .array: list = body.value
        case .object(let fields):
            guard let tags = fields["tags"] else {
                throw AppError.validation([ValidationIssue(type: "missing", loc: ["body", "tags"], msg: "Field required")])
            }
            list = tags
        default:
            throw AppError.validation([ValidationIssue(type: "list_type", loc: ["body"], msg: "Input should be a valid list",
                                                       input: body.value.preview)])
        }
        guard case .array(let items) = list else {
            throw AppError.validation([ValidationIssue(type: "list_type", loc: ["body", "tags"], msg: "Input should be a valid list",
                                                       input: list.preview)])
        }
        return try items.enumerated().map { index, item in
            guard case .string(let tag) = item else {
                throw AppError.validation([ValidationIssue(type: "string_type", loc: ["body", "tags", String(index)],
                                                           msg: "Input should be a valid string", input: item.preview)])
            }
            return tag
        }
    }
}
