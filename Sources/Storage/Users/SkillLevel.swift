/// A driver's self-declared level; drives the coaching tone.
public enum SkillLevel: String, Sendable, CaseIterable, Codable {
    case novice, intermediate, advanced
}
