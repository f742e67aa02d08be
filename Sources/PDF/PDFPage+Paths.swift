/// Rectangles, lines, polylines and circles.
extension PDFPage {
    /// Fills `rect` with `color`.
    public mutating func fill(_ rect: PDFRect, color: PDFColor) {
        setFill(color)
        appendRect(rect)
        content.append("f\n")
    }

    /// Strokes the outline of `rect`.
    public mutating func stroke(_ rect: PDFRect, color: PDFColor, width: Double = 0.5, dash: [Double] = []) {
        setStroke(color, width: width, dash: dash)
        appendRect(rect)
        content.append("S\n")
    }

    /// A straight line from `a` to `b`.
    public mutating func line(from a: PDFPoint, to b: PDFPoint, color: PDFColor, width: Double = 0.5, dash: [Double] = []) {
        polyline([a, b], color: color, width: width, dash: dash)
    }

    /// An open path through `points` (nothing for fewer than two).
    public mutating func polyline(_ points: [PDFPoint], color: PDFColor, width: Double = 0.5, dash: [Double] = []) {
        guard points.count >= 2 else { return }
        setStroke(color, width: width, dash: dash)
        appendPoint(points[0], "m")
        for p in points.dropFirst() { appendPoint(p, "l") }
        content.append("S\n")
    }

    /// A circle, filled with `fill` and/or outlined with `stroke` (nothing if both are `nil`).
    public mutating func circle(center: PDFPoint, radius r: Double, fill: PDFColor? = nil, stroke: PDFColor? = nil,
                                width: Double = 0.5) {
        guard fill != nil || stroke != nil else { return }
        if let fill { setFill(fill) }
        if let stroke { setStroke(stroke, width: width, dash: []) }
        let k = 0.5523 * r   // control-point distance of a quarter circle as one cubic Bézier
        let (x, y) = (center.x, center.y)
        appendPoint(PDFPoint(x: x + r, y: y), "m")
        appendCurve(PDFPoint(x: x + r, y: y + k), PDFPoint(x: x + k, y: y + r), PDFPoint(x: x, y: y + r))
        appendCurve(PDFPoint(x: x - k, y: y + r), PDFPoint(x: x - r, y: y + k), PDFPoint(x: x - r, y: y))
        appendCurve(PDFPoint(x: x - r, y: y - k), PDFPoint(x: x - k, y: y - r), PDFPoint(x: x, y: y - r))
        appendCurve(PDFPoint(x: x + k, y: y - r), PDFPoint(x: x + r, y: y - k), PDFPoint(x: x + r, y: y))
        content.append(fill == nil ? "S\n" : stroke == nil ? "f\n" : "B\n")
    }

    private mutating func appendRect(_ r: PDFRect) {
        for v in [r.x, r.y, r.width, r.height] {
            content.appendNumber(v)
            content.append(" ")
        }
        content.append("re\n")
    }

    private mutating func appendCurve(_ c1: PDFPoint, _ c2: PDFPoint, _ end: PDFPoint) {
        for v in [c1.x, c1.y, c2.x, c2.y, end.x, end.y] {
            content.appendNumber(v)
            content.append(" ")
        }
        content.append("c\n")
    }
}
