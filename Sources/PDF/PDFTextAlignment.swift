/// Where a single-line text is placed relative to its anchor point's x.
public enum PDFTextAlignment: Sendable {
    /// The text starts at x.
    case left
    /// The text is centred on x.
    case center
    /// The text ends at x.
    case right
}
