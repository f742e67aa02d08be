/// One area's grade of one corner: the letter (`nil` for `N/A`), the reason citing its numbers, and — for when it is the
/// corner's weakest — what goes wrong, what to try and a drill, all in the report's skill level's language.
struct AreaGrade: Equatable {
    var area: CornerArea
    var letter: Letter?
    var reason: String
    var issue: String = ""
    var tip: String = ""
    var drill: String = ""

    /// The report's grade text: a letter or `N/A`.
    var text: String { letter?.text ?? "N/A" }

    static func notApplicable(_ area: CornerArea, _ reason: String) -> AreaGrade {
        AreaGrade(area: area, letter: nil, reason: reason)
    }
}
