extension CoachingSkill {
    /// The text for this skill level, out of one written for each (platform.md §3.3 fits the language to the level).
    func says(_ novice: @autoclosure () -> String, _ intermediate: @autoclosure () -> String,
              _ advanced: @autoclosure () -> String) -> String {
        switch self {
        case .novice: return novice()
        case .intermediate: return intermediate()
        case .advanced: return advanced()
        }
    }
}
