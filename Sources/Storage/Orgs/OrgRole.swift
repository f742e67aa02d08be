/// A role inside one organization (platform.md §11.1).
public enum OrgRole: String, Sendable, CaseIterable, Codable {
    case owner, instructor, student
}
