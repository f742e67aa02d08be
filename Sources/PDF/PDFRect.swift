/// A rectangle in PDF user space: its bottom-left corner and size (points).
public struct PDFRect: Sendable, Equatable {
    /// Left edge.
    public var x: Double
    /// Bottom edge.
    public var y: Double
    /// Width (points).
    public var width: Double
    /// Height (points).
    public var height: Double

    /// A rectangle from its bottom-left corner and size.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Left edge.
    public var minX: Double { x }
    /// Bottom edge.
    public var minY: Double { y }
    /// Right edge.
    public var maxX: Double { x + width }
    /// Top edge.
    public var maxY: Double { y + height }

    /// The rectangle shrunk by `left`, `bottom`, `right`, `top` points.
    public func inset(left: Double = 0, bottom: Double = 0, right: Double = 0, top: Double = 0) -> PDFRect {
        PDFRect(x: x + left, y: y + bottom, width: width - left - right, height: height - bottom - top)
    }
}
