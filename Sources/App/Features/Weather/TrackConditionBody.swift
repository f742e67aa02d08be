import Hummingbird
import Weather

/// `PATCH /api/sessions/{id}/track-condition`: `{"condition": "dry"|"damp"|"wet"|null}` (null clears a manual choice).
enum TrackConditionBody {
    static func read(_ request: Request, context: AppRequestContext) async throws -> String? {
        let body = try await JSONBody.read(request, context: context)
        let fields = try body.requireObject()
        guard fields.keys.contains("condition") else {
            throw AppError.validation([ValidationIssue(type: "missing", loc: ["body", "condition"], msg: "Field required")])
        }
        guard let condition = try body.optionalString("condition") else { return nil }
        guard TrackCondition(rawValue: condition) != nil else {
            throw AppError.validation([ValidationIssue(type: "enum", loc: ["body", "condition"],
                                                       msg: "condition must be dry, damp, wet or null", input: condition)])
        }
        return condition
    }
}
