import Foundation

/// Why an analysis endpoint cannot answer, with the HTTP status and `detail` the spec
/// documents for it (analysis.md §4–§10), so the server maps every failure in one place:
/// `{"detail": detail}` with `status`, or for `.validation` FastAPI's list body.
public enum AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A result that was not computed for this session (404), e.g.
    /// `Consistency data not available for session {sid}`.
    case unavailable(String)
    /// A lap that is not in the resampled set (404); `detail` is the endpoint's own message
    /// (`Reference lap 3 not found`, `Lap 3 not found`, `Lap 3 not found in session …`).
    case lapNotFound(lap: Int, detail: String)
    /// Too few (coaching) laps for the analysis (422), e.g.
    /// `At least 2 clean laps required for ideal lap reconstruction`.
    case notEnoughLaps(String)
    /// Too few sessions for trends or milestones (422).
    case notEnoughSessions(String)
    /// Two sessions that cannot be compared (400): different tracks or layouts.
    case incompatibleSessions(String)
    /// A query parameter outside its documented range (422, FastAPI/pydantic list body).
    case validation(ValidationIssue)

    /// HTTP status of the response.
    public var status: Int {
        switch self {
        case .unavailable, .lapNotFound: return 404
        case .notEnoughLaps, .notEnoughSessions, .validation: return 422
        case .incompatibleSessions: return 400
        }
    }

    /// The `detail` message (for `.validation`, the issue's `msg`).
    public var detail: String {
        switch self {
        case .unavailable(let d), .notEnoughLaps(let d), .notEnoughSessions(let d), .incompatibleSessions(let d):
            return d
        case .lapNotFound(_, let d): return d
        case .validation(let issue): return issue.msg
        }
    }

    public var description: String { "\(status) \(detail)" }

    /// The response body: `{"detail": "…"}`, or `{"detail": [issue]}` for `.validation`.
    public var body: ErrorBody {
        if case .validation(let issue) = self { return ErrorBody(message: nil, issues: [issue]) }
        return ErrorBody(message: detail, issues: nil)
    }

    /// `{"detail": …}` error body.
    public struct ErrorBody: Encodable, Sendable, Equatable {
        let message: String?
        let issues: [ValidationIssue]?
        enum CodingKeys: String, CodingKey { case detail }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            if let issues { try c.encode(issues, forKey: .detail) } else { try c.encode(message ?? "", forKey: .detail) }
        }
    }

    /// One FastAPI/pydantic-v2 validation issue (analysis.md §1.3).
    public struct ValidationIssue: Codable, Sendable, Equatable {
        /// `greater_than_equal`, `less_than_equal`, `int_parsing`, `missing`.
        public var type: String
        /// e.g. `["query", "n_sectors"]`.
        public var loc: [String]
        /// Human message, e.g. `Input should be greater than or equal to 3`.
        public var msg: String
        /// The offending input (as received), `nil` when missing.
        public var input: String?
        /// Bound, e.g. `{"ge": 3}`.
        public var ctx: [String: Int]?

        /// Creates an issue.
        public init(type: String, loc: [String], msg: String, input: String? = nil, ctx: [String: Int]? = nil) {
            self.type = type
            self.loc = loc
            self.msg = msg
            self.input = input
            self.ctx = ctx
        }

        enum CodingKeys: String, CodingKey { case type, loc, msg, input, ctx }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(type, forKey: .type)
            try c.encode(loc, forKey: .loc)
            try c.encode(msg, forKey: .msg)
            if let input { try c.encode(input, forKey: .input) } else { try c.encodeNil(forKey: .input) }
            if let ctx { try c.encode(ctx, forKey: .ctx) }
        }

        /// `n ≥ minimum` violated.
        public static func tooSmall(_ name: String, _ value: Int, minimum: Int) -> ValidationIssue {
            ValidationIssue(type: "greater_than_equal", loc: ["query", name],
                            msg: "Input should be greater than or equal to \(minimum)", input: String(value),
                            ctx: ["ge": minimum])
        }

        /// A lap number that is not one of the session's resampled laps.
        public static func notALap(_ name: String, _ value: Int) -> ValidationIssue {
            ValidationIssue(type: "value_error", loc: ["query", name],
                            msg: "Lap \(value) is not a lap of this session", input: String(value))
        }

        /// A repeated value of a list parameter (`laps=3&laps=3`), at its position.
        public static func repeated(_ name: String, index: Int, _ value: Int) -> ValidationIssue {
            ValidationIssue(type: "value_error", loc: ["query", name, String(index)],
                            msg: "Lap \(value) is listed more than once", input: String(value))
        }

        /// `n ≤ maximum` violated.
        public static func tooLarge(_ name: String, _ value: Int, maximum: Int) -> ValidationIssue {
            ValidationIssue(type: "less_than_equal", loc: ["query", name],
                            msg: "Input should be less than or equal to \(maximum)", input: String(value),
                            ctx: ["le": maximum])
        }
    }
}
