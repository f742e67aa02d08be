/// A page's media box size in points.
public struct PDFPageSize: Sendable, Equatable {
    /// Width (points).
    public var width: Double
    /// Height (points).
    public var height: Double

    /// A size in points.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// ISO A4 portrait, 210 × 297 mm.
    public static let a4 = PDFPageSize(width: 595.28, height: 841.89)
}
