/// A position in PDF user space: points (1/72 inch) from the page's bottom-left corner.
public struct PDFPoint: Sendable, Equatable {
    /// Points right of the left edge.
    public var x: Double
    /// Points above the bottom edge.
    public var y: Double

    /// A point from its coordinates.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
