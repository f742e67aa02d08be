/// A rectangle in PDF user space: its bottom-left corner and size (points).
public struct PDFRect: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    /// The rectangle shrunk by `left`, `bottom`, `right`, `top` points.
    public func inset(left: Double = 0, bottom: Double = 0, right: Double = 0, top: Double = 0) -> PDFRect {
        PDFRect(x: x + left, y: y + bottom, width: width - left - right, height: height - bottom - top)
    }
}
