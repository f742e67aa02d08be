/// The four kinds of flag (platform.md §10.3).
public enum FlagType: String, Sendable, CaseIterable, Codable {
    case attention, safety, improvement, praise
}
