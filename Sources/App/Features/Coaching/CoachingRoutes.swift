import Coaching
import Hummingbird
import Storage

/// `POST` and `GET /api/coaching/{session_id}/report` (platform.md §3.2) and its PDF (§3.4). The policy admits the owner to both and a
/// linked instructor to reading; whether a read may have a stale report rewritten is the gate action `refresh`.
enum CoachingRoutes {
    /// Asked through `PolicyGate` on a read that meets a stale report.
    static let refresh = "coaching.report.refresh"

    static func routes(coaching: CoachingService, located session: ResourceLocator<SessionRecord>, gate: PolicyGate,
                       limiter: RateLimiter) -> [RouteSpec] {
        [
            RouteSpec(.post, "/api/coaching/{session_id}/report", on: session, tag: "Coaching",
                      summary: "Start a coaching report (20 per hour per client; force: 2 regenerations per user per UTC day)",
                      docs: CoachingDocs.request) { request, context, record in
                let caller = try context.requireCaller()
                try await limiter.coachingReport(request, context)
                let body = try await CoachingReportBody.read(request, context: context)
                return try JSONCoding.response(try await coaching.request(record, skill: body.skill, force: body.force, caller: caller.id))
            },
            RouteSpec(.get, "/api/coaching/{session_id}/report", on: session, tag: "Coaching",
                      summary: "The coaching report at a skill level (?skill_level=, default intermediate), or its placeholder while written",
                      docs: CoachingDocs.read) { request, context, record in
                let caller = try context.requireCaller()
                let skill = try request.uri.queryParameters.get("skill_level")
                    .map { try CoachingSkill.parse($0, loc: ["query", "skill_level"]) } ?? .intermediate
                let mayRefresh = try await gate.allows(refresh, on: record.facts, context)
                return try JSONCoding.response(try await coaching.current(record, skill: skill, caller: caller.id, mayRefresh: mayRefresh))
            },
            RouteSpec(.get, "/api/coaching/{session_id}/report/pdf", on: session, tag: "Coaching",
                      summary: "The most recent ready coaching report (any level) as a PDF download",
                      docs: CoachingDocs.pdf) { _, _, record in
                try await coaching.pdf(record).response
            },
        ]
    }
}
