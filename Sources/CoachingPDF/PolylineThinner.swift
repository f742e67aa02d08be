import PDF

/// Drops points closer than `minimumStep` to the last kept one, so a lap of thousands of 0.7 m samples becomes a
/// polyline with about one point per half point of paper; the last point is always kept.
struct PolylineThinner {
    let minimumStep: Double
    private(set) var points: [PDFPoint] = []
    private var pending: PDFPoint? = nil

    init(minimumStep: Double = 0.5) { self.minimumStep = minimumStep }

    mutating func add(_ p: PDFPoint) {
        guard p.x.isFinite, p.y.isFinite else { return }
        if let last = points.last {
            let dx = p.x - last.x, dy = p.y - last.y
            if dx * dx + dy * dy < minimumStep * minimumStep { pending = p; return }
        }
        points.append(p)
        pending = nil
    }

    /// The kept points, ending with the last point added.
    mutating func finish() -> [PDFPoint] {
        if let pending { points.append(pending) }
        pending = nil
        return points
    }
}
