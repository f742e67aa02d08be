import Hummingbird

/// `GET /api/wrapped/{year}` (platform.md §9): the caller's recap of a year (2000–2100).
enum WrappedRoutes {
    static func routes(wrapped: WrappedService) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/wrapped/{year}", on: .account, tag: "Achievements",
                      summary: "The caller's recap of a year (2000-2100) from their own sessions", docs: AchievementDocs.wrapped) {
                _, context, caller in
                let year = try context.intParameter("year")
                guard WrappedService.years.contains(year) else {
                    throw AppError.validation([ValidationIssue(
                        type: "value_error", loc: ["path", "year"],
                        msg: "year must be from \(WrappedService.years.lowerBound) to \(WrappedService.years.upperBound)",
                        input: String(year))])
                }
                return try JSONCoding.response(try await wrapped.recap(year: year, userID: caller.id))
            },
        ]
    }
}
