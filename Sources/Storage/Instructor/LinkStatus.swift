/// Status of an instructor–student link.
public enum LinkStatus: String, Sendable, CaseIterable {
    case pending, active, removed
}
