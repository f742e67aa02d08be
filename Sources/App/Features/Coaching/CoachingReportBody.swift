import Coaching
import Hummingbird

/// The `POST …/report` body: `{"skill_level": "novice"|"intermediate"|"advanced" = "intermediate", "force": false}`;
/// other keys, `focus_areas` among them, are ignored (§3.1). An empty body takes the defaults.
struct CoachingReportBody: Sendable {
    var skill: CoachingSkill = .intermediate
    var force = false

    static func read(_ request: Request, context: AppRequestContext) async throws -> CoachingReportBody {
        var body = CoachingReportBody()
        let json = try await JSONBody.read(request, context: context)
        let fields = try json.requireObjectOrNothing()
        for key in ["skill_level", "force"] where fields[key] == .null {
            throw AppError.validation([ValidationIssue(type: "missing", loc: ["body", key], msg: "Input should not be null; leave it out for the default")])
        }
        if let raw = try json.optionalString("skill_level") { body.skill = try CoachingSkill.parse(raw, loc: ["body", "skill_level"]) }
        body.force = try json.optionalBool("force") ?? false
        return body
    }
}

extension CoachingSkill {
    /// A skill level from a request, or the FastAPI-style 422 listing the allowed values.
    static func parse(_ raw: String, loc: [String]) throws -> CoachingSkill {
        guard let skill = CoachingSkill(rawValue: raw) else {
            let allowed = CoachingSkill.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw AppError.validation([ValidationIssue(type: "enum", loc: loc, msg: "Input should be \(allowed)", input: raw)])
        }
        return skill
    }
}
