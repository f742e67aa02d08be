/// The limits and value sets of notes (client-extras.md §1.3, §1.5).
enum NoteRules {
    static let maxNotesPerUser = 500
    static let maxContentLength = 10_000
    static let maxAnchorIDLength = 100
    /// The anchor's metadata as JSON text.
    static let maxAnchorMetaBytes = 4096
    static let anchorTypes = ["corner", "lap", "chart", "coaching", "metric"]
    static let colors = ["yellow", "blue", "green", "pink", "purple"]
}
