/// The words for the graded areas at each skill level (novice: no trail-braking jargon).
enum AreaNames {
    static func name(_ area: CornerArea, skill: CoachingSkill) -> String {
        switch area {
        case .braking: return "braking"
        case .minSpeed: return skill == .novice ? "speed in the turn" : "minimum speed"
        case .throttle: return skill == .novice ? "getting back on the throttle" : "throttle application"
        case .trailBraking: return skill == .novice ? "brake release" : "trail braking"
        }
    }
}
