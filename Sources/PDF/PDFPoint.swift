/// A position in PDF user space: points (1/72 inch) from the page's bottom-left corner.
public struct PDFPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
