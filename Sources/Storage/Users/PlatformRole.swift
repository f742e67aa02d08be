/// The platform-wide role, set by operators (`cataclysm users set-role`).
public enum PlatformRole: String, Sendable, CaseIterable, Codable {
    case driver, instructor
}
