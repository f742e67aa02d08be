/// Exact nearest-neighbour look-up among planar points on a uniform grid of buckets (ties: the lowest index).
struct NearestPointIndex {
    let xs: [Double], ys: [Double]
    let cell: Double
    let minX: Double, minY: Double
    let columns: Int, rows: Int
    var buckets: [[Int]]

    init(xs: [Double], ys: [Double], cell: Double = 5) {
        self.xs = xs
        self.ys = ys
        self.cell = cell
        minX = xs.min() ?? 0
        minY = ys.min() ?? 0
        columns = Int(((xs.max() ?? 0) - minX) / cell) + 1
        rows = Int(((ys.max() ?? 0) - minY) / cell) + 1
        buckets = Array(repeating: [], count: columns * rows)
        for i in xs.indices { buckets[bucket(xs[i], ys[i])].append(i) }
    }

    func column(_ x: Double) -> Int { min(max(Int(((x - minX) / cell).rounded(.down)), 0), columns - 1) }
    func row(_ y: Double) -> Int { min(max(Int(((y - minY) / cell).rounded(.down)), 0), rows - 1) }
    func bucket(_ x: Double, _ y: Double) -> Int { row(y) * columns + column(x) }

    /// Index of the point nearest to (x, y) and its distance; nil without points.
    func nearest(_ x: Double, _ y: Double) -> (index: Int, distance: Double)? {
        guard !xs.isEmpty else { return nil }
        let c0 = column(x), r0 = row(y)
        var best = -1, bestSq = Double.infinity
        var ring = 0
        while ring <= max(columns, rows) {
            for r in (r0 - ring)...(r0 + ring) where r >= 0 && r < rows {
                for c in (c0 - ring)...(c0 + ring) where c >= 0 && c < columns {
                    guard max(abs(r - r0), abs(c - c0)) == ring else { continue }
                    for i in buckets[r * columns + c] {
                        let dx = xs[i] - x, dy = ys[i] - y
                        let d = dx * dx + dy * dy
                        if d < bestSq || (d == bestSq && i < best) { bestSq = d; best = i }
                    }
                }
            }
            let reach = Double(ring) * cell
            if best >= 0, bestSq < reach * reach { break }
            ring += 1
        }
        return (best, bestSq.squareRoot())
    }
}
