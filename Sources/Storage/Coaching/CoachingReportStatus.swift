/// Where a report is in its lifecycle (platform.md §3.2).
public enum CoachingReportStatus: String, Sendable, Codable {
    case generating, ready, error
}
