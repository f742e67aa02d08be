/// One page: its size and its content stream, built by the drawing methods (`PDFPage+Paths`, `PDFPage+Text`).
/// Coordinates are PDF user space: points from the bottom-left corner.
public struct PDFPage: Sendable {
    /// Media box size.
    public let size: PDFPageSize
    /// The uncompressed content stream.
    public internal(set) var content: [UInt8] = []
    var state = PDFGraphicsState()

    /// An empty page (round line caps and joins, so polylines look smooth).
    public init(size: PDFPageSize = .a4) {
        self.size = size
        content.reserveCapacity(16_384)
        content.append("1 J 1 j\n")
    }

    /// Sets the fill (and text) colour if it differs from the current one.
    mutating func setFill(_ color: PDFColor) {
        guard state.fill != color else { return }
        state.fill = color
        appendColor(color)
        content.append(" rg\n")
    }

    /// Sets the stroke colour, line width and dash pattern where they differ from the current ones.
    mutating func setStroke(_ color: PDFColor, width: Double, dash: [Double]) {
        if state.stroke != color {
            state.stroke = color
            appendColor(color)
            content.append(" RG\n")
        }
        if state.lineWidth != width {
            state.lineWidth = width
            content.appendNumber(width)
            content.append(" w\n")
        }
        if state.dash != dash {
            state.dash = dash
            content.append("[")
            for (i, d) in dash.enumerated() {
                if i > 0 { content.append(" ") }
                content.appendNumber(d)
            }
            content.append("] 0 d\n")
        }
    }

    private mutating func appendColor(_ c: PDFColor) {
        content.appendNumber(min(max(c.red, 0), 1), decimals: 3)
        content.append(" ")
        content.appendNumber(min(max(c.green, 0), 1), decimals: 3)
        content.append(" ")
        content.appendNumber(min(max(c.blue, 0), 1), decimals: 3)
    }

    /// Appends `x y` and a space-terminated operator.
    mutating func appendPoint(_ p: PDFPoint, _ op: String) {
        content.appendNumber(p.x)
        content.append(" ")
        content.appendNumber(p.y)
        content.append(" ")
        content.append(op)
        content.append("\n")
    }
}
