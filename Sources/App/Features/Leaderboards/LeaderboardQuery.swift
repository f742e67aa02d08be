import Hummingbird
import Storage

/// The query of `GET /api/leaderboards/{track}/corners`: `corner` (required, ≥ 1), `limit` (1–50, default 10) and
/// `category`; a bad value is a 422 naming the parameter.
struct LeaderboardQuery: Equatable {
    var corner: Int
    var limit: Int
    var category: LeaderboardCategory

    static let limitRange = 1...50

    init(corner: Int, limit: Int = 10, category: LeaderboardCategory = .sectorTime) {
        self.corner = corner
        self.limit = limit
        self.category = category
    }

    static func parse(_ query: [String: String]) throws -> LeaderboardQuery {
        var issues: [ValidationIssue] = []
        var parsed = LeaderboardQuery(corner: 1)
        if let raw = query["corner"] {
            if let value = Int(raw), value >= 1 { parsed.corner = value } else {
                issues.append(Int(raw) == nil
                    ? ValidationIssue(type: "int_parsing", loc: ["query", "corner"],
                                      msg: "Input should be a valid integer, unable to parse string as an integer", input: raw)
                    : ValidationIssue(type: "greater_than_equal", loc: ["query", "corner"],
                                      msg: "Input should be greater than or equal to 1", input: raw, ctx: ["ge": 1]))
            }
        } else {
            issues.append(ValidationIssue(type: "missing", loc: ["query", "corner"], msg: "Field required"))
        }
        if let raw = query["limit"] {
            if let value = Int(raw), limitRange.contains(value) { parsed.limit = value } else {
                issues.append(Int(raw) == nil
                    ? ValidationIssue(type: "int_parsing", loc: ["query", "limit"],
                                      msg: "Input should be a valid integer, unable to parse string as an integer", input: raw)
                    : ValidationIssue(type: Int(raw)! < 1 ? "greater_than_equal" : "less_than_equal", loc: ["query", "limit"],
                                      msg: Int(raw)! < 1 ? "Input should be greater than or equal to 1"
                                          : "Input should be less than or equal to 50",
                                      input: raw, ctx: Int(raw)! < 1 ? ["ge": 1] : ["le": 50]))
            }
        }
        if let raw = query["category"] {
            if let value = LeaderboardCategory(rawValue: raw) { parsed.category = value } else {
                let allowed = LeaderboardCategory.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                issues.append(ValidationIssue(type: "enum", loc: ["query", "category"], msg: "Input should be \(allowed)",
                                              input: raw))
            }
        }
        guard issues.isEmpty else { throw AppError.validation(issues) }
        return parsed
    }
}
