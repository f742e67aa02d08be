import Hummingbird
import Storage

/// The query of `GET /api/leaderboards/{track}/corners`: `corner` (required, ≥ 1), `limit` (1–50, default 10) and
/// `category`; a bad value is a 422 naming the parameter.
struct LeaderboardQuery: Equatable {
    var corner: Int
    var limit: Int
    var category: LeaderboardCategory

    static func parse(_ request: Request, context: AppRequestContext) throws -> LeaderboardQuery {
        guard let corner = try context.intQuery(request, "corner", min: 1) else {
            throw AppError.validation([ValidationIssue(type: "missing", loc: ["query", "corner"], msg: "Field required")])
        }
        let limit = try context.intQuery(request, "limit", min: 1, max: 50) ?? 10
        var category = LeaderboardCategory.sectorTime
        if let raw = request.uri.queryParameters.get("category") {
            guard let value = LeaderboardCategory(rawValue: raw) else {
                let allowed = LeaderboardCategory.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                throw AppError.validation([ValidationIssue(type: "enum", loc: ["query", "category"],
                                                           msg: "Input should be \(allowed)", input: raw)])
            }
            category = value
        }
        return LeaderboardQuery(corner: corner, limit: limit, category: category)
    }
}
