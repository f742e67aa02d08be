import Foundation

/// Bin k of `bins` equal angular bins [−π + k·w, −π + (k+1)·w) of atan2(y, x), without
/// atan2 per point: a fast approximation picks the bin, exact cross products against the bin
/// edges correct it.
struct AngleBinner {
    let bins: Int
    let width: Double
    let ex: [Double], ey: [Double]   // unit vectors of the edges −π + k·w, k = 0…bins

    init(bins: Int) {
        self.bins = bins
        width = 2 * Double.pi / Double(bins)
        ex = (0...bins).map { cos(-Double.pi + Double($0) * 2 * Double.pi / Double(bins)) }
        ey = (0...bins).map { sin(-Double.pi + Double($0) * 2 * Double.pi / Double(bins)) }
    }

    @inline(__always) func bin(x: Double, y: Double) -> Int {
        if x == 0 && y == 0 { return min(bins - 1, bins / 2) }   // atan2(0, 0) = 0
        var k = Int(max(0, (Self.fastAtan2(y, x) + .pi) / width))   // truncation = floor
        k = min(max(k, 0), bins - 1)
        // On or counter-clockwise of edge k, strictly clockwise of edge k+1.
        for _ in 0..<2 {
            if ex[k] * y - ey[k] * x < 0 { k = k == 0 ? bins - 1 : k - 1; continue }
            if ex[k + 1] * y - ey[k + 1] * x >= 0 { k = k == bins - 1 ? 0 : k + 1; continue }
            break
        }
        if k == 0 && x < 0 && y == 0 { return bins - 1 }   // atan2 = +π lands in the last bin
        return k
    }

    /// atan2 within ~1e-4 rad.
    @inline(__always) static func fastAtan2(_ y: Double, _ x: Double) -> Double {
        let ax = abs(x), ay = abs(y)
        let a = min(ax, ay) / max(ax, ay)
        let s = a * a
        var r = ((-0.0464964749 * s + 0.15931422) * s - 0.327622764) * s * a + a
        if ay > ax { r = .pi / 2 - r }
        if x < 0 { r = .pi - r }
        return y < 0 ? -r : r
    }
}

/// Bounded least-squares fit of r(θ) = a·b / √((b·cos(θ−φ))² + (a·sin(θ−φ))²)
/// (Levenberg–Marquardt with numeric Jacobian, a, b ∈ [0.01, 10], φ ∈ [−π, π]).
enum EllipseFit {
    static func model(_ p: [Double], _ t: Double) -> Double {
        let c = cos(t - p[2]), s = sin(t - p[2])
        let den = ((p[1] * c) * (p[1] * c) + (p[0] * s) * (p[0] * s)).squareRoot()
        return den > 0 ? p[0] * p[1] / den : 0
    }

    static func fit(angles: [Double], radii: [Double]) -> (a: Double, b: Double, phi: Double, rms: Double) {
        let m0 = Numerics.median(radii) ?? 1
        var p = [min(10, max(0.01, m0)), min(10, max(0.01, m0)), 0.0]
        let lower = [0.01, 0.01, -Double.pi], upper = [10.0, 10.0, Double.pi]
        func residuals(_ q: [Double]) -> [Double] { zip(angles, radii).map { model(q, $0) - $1 } }
        func cost(_ r: [Double]) -> Double { r.reduce(0) { $0 + $1 * $1 } }
        var r = residuals(p)
        var c = cost(r)
        var lambda = 1e-3
        for _ in 0..<100 {
            // Jacobian (numeric).
            var J = [[Double]](repeating: [0, 0, 0], count: r.count)
            for j in 0..<3 {
                var q = p
                let h = 1e-6 * max(1, abs(p[j]))
                q[j] += h
                let rj = residuals(q)
                for i in r.indices { J[i][j] = (rj[i] - r[i]) / h }
            }
            var A = [[Double]](repeating: [0, 0, 0], count: 3), g = [0.0, 0, 0]
            for i in r.indices {
                for a in 0..<3 {
                    g[a] += J[i][a] * r[i]
                    for b in 0..<3 { A[a][b] += J[i][a] * J[i][b] }
                }
            }
            var improved = false
            for _ in 0..<30 {
                var M = A
                for a in 0..<3 { M[a][a] += lambda * (A[a][a] + 1e-3) }
                guard let step = solve3(M, g.map { -$0 }) else { lambda *= 10; continue }
                var q = p
                for j in 0..<3 { q[j] = min(upper[j], max(lower[j], p[j] + step[j])) }
                let rq = residuals(q)
                let cq = cost(rq)
                if cq < c {
                    let rel = (c - cq) / max(c, 1e-300)
                    p = q; r = rq; c = cq
                    lambda = max(1e-12, lambda / 10)
                    improved = true
                    if rel < 1e-12 { break }
                    break
                }
                lambda *= 10
            }
            if !improved { break }
        }
        var a = abs(p[0]), b = abs(p[1]), phi = p[2]
        if b > a { swap(&a, &b); phi += .pi / 2 }
        return (a, b, phi, (c / Double(max(1, r.count))).squareRoot())
    }

    /// Solves a 3×3 system (Cramer); `nil` when singular.
    static func solve3(_ m: [[Double]], _ v: [Double]) -> [Double]? {
        func det(_ a: [[Double]]) -> Double {
            a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0])
        }
        let d = det(m)
        guard abs(d) > 1e-300, d.isFinite else { return nil }
        var out = [0.0, 0, 0]
        for j in 0..<3 {
            var mj = m
            for i in 0..<3 { mj[i][j] = v[i] }
            out[j] = det(mj) / d
        }
        return out.allSatisfy(\.isFinite) ? out : nil
    }
}

/// Convex hull (Andrew's monotone chain after an Akl–Toussaint pre-filter).
enum ConvexHull2D {
    struct P: Equatable { var x: Double; var y: Double }

    /// Hull vertices in counter-clockwise order (no repeated first point).
    static func hull(xs: [Double], ys: [Double]) -> [P] {
        guard xs.count >= 3 else { return zip(xs, ys).map { P(x: $0, y: $1) } }
        // Polygons of extreme points (8, then 32 directions) lie inside the hull: points strictly
        // inside them cannot be hull vertices (Akl–Toussaint), which leaves few to sort.
        // Stage 0: extreme points in the 8 directions ±x, ±y, ±(x+y), ±(x−y) (no multiplications).
        var e = [Int](repeating: 0, count: 8)
        xs.withUnsafeBufferPointer { X in
            ys.withUnsafeBufferPointer { Y in
                var b0 = -Double.infinity, b1 = b0, b2 = b0, b3 = b0, b4 = b0, b5 = b0, b6 = b0, b7 = b0
                var i0 = 0, i1 = 0, i2 = 0, i3 = 0, i4 = 0, i5 = 0, i6 = 0, i7 = 0
                for i in 0..<X.count {
                    let x = X[i], y = Y[i]
                    if x > b0 { b0 = x; i0 = i }
                    if x + y > b1 { b1 = x + y; i1 = i }
                    if y > b2 { b2 = y; i2 = i }
                    if y - x > b3 { b3 = y - x; i3 = i }
                    if -x > b4 { b4 = -x; i4 = i }
                    if -x - y > b5 { b5 = -x - y; i5 = i }
                    if -y > b6 { b6 = -y; i6 = i }
                    if x - y > b7 { b7 = x - y; i7 = i }
                }
                e = [i0, i1, i2, i3, i4, i5, i6, i7]
            }
        }
        var survivors = filterInside(xs, ys, Array(xs.indices), extremes: e)
        if survivors.count >= 3 {
            // Stage 1: 32 directions over the survivors.
            var ext = [Int](repeating: survivors[0], count: 32)
            var top = [Double](repeating: -Double.infinity, count: 32)
            let ux = (0..<32).map { cos(2 * Double.pi * Double($0) / 32) }, uy = (0..<32).map { sin(2 * Double.pi * Double($0) / 32) }
            for i in survivors {
                let x = xs[i], y = ys[i]
                for k in 0..<32 {
                    let d = ux[k] * x + uy[k] * y
                    if d > top[k] { top[k] = d; ext[k] = i }
                }
            }
            survivors = filterInside(xs, ys, survivors, extremes: ext)
        }
        var candidates = survivors.map { P(x: xs[$0], y: ys[$0]) }
        candidates.sort { ($0.x, $0.y) < ($1.x, $1.y) }
        var unique: [P] = []
        for p in candidates where unique.last != p { unique.append(p) }
        guard unique.count >= 3 else { return unique }
        func cross(_ o: P, _ a: P, _ b: P) -> Double { (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x) }
        var lower: [P] = [], upper: [P] = []
        for p in unique {
            while lower.count >= 2 && cross(lower[lower.count - 2], lower[lower.count - 1], p) <= 0 { lower.removeLast() }
            lower.append(p)
        }
        for p in unique.reversed() {
            while upper.count >= 2 && cross(upper[upper.count - 2], upper[upper.count - 1], p) <= 0 { upper.removeLast() }
            upper.append(p)
        }
        return Array(lower.dropLast() + upper.dropLast())
    }

    /// The indices of `from` that are not strictly inside the polygon of `extremes` (extreme
    /// points in directions of increasing angle, so counter-clockwise). A disc around the
    /// vertices' centroid that fits inside the polygon rejects most points with one test.
    static func filterInside(_ xs: [Double], _ ys: [Double], _ from: [Int], extremes: [Int]) -> [Int] {
        var poly: [P] = []
        for i in extremes {
            let p = P(x: xs[i], y: ys[i])
            if poly.last != p { poly.append(p) }
        }
        if poly.count > 1 && poly.first == poly.last { poly.removeLast() }
        let m = poly.count
        guard m >= 3 else { return from }
        var ax = [Double](repeating: 0, count: m), ay = ax, dx = ax, dy = ax
        let cx = poly.reduce(0) { $0 + $1.x } / Double(m), cy = poly.reduce(0) { $0 + $1.y } / Double(m)
        var rIn = Double.infinity
        var centreInside = true
        for e in 0..<m {
            let a = poly[e], b = poly[(e + 1) % m]
            ax[e] = a.x; ay[e] = a.y; dx[e] = b.x - a.x; dy[e] = b.y - a.y
            let len = (dx[e] * dx[e] + dy[e] * dy[e]).squareRoot()
            let c = dx[e] * (cy - a.y) - dy[e] * (cx - a.x)
            if c <= 0 || len == 0 { centreInside = false } else { rIn = min(rIn, c / len) }
        }
        let r2 = centreInside ? rIn * rIn * 0.999 : -1
        var out: [Int] = []
        out.reserveCapacity(from.count / 4)
        xs.withUnsafeBufferPointer { X in
            ys.withUnsafeBufferPointer { Y in
                for i in from {
                    let px = X[i], py = Y[i]
                    let qx = px - cx, qy = py - cy
                    if qx * qx + qy * qy < r2 { continue }
                    for e in 0..<m where dx[e] * (py - ay[e]) - dy[e] * (px - ax[e]) <= 0 { out.append(i); break }
                }
            }
        }
        return out
    }

    /// Strictly inside a convex polygon given counter-clockwise.
    static func strictlyInside(_ p: P, _ poly: [P]) -> Bool {
        for i in poly.indices {
            let a = poly[i], b = poly[(i + 1) % poly.count]
            if (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) <= 0 { return false }
        }
        return true
    }

    /// Shoelace area.
    static func area(_ pts: [P]) -> Double {
        guard pts.count >= 3 else { return 0 }
        var s = 0.0
        for i in pts.indices {
            let a = pts[i], b = pts[(i + 1) % pts.count]
            s += a.x * b.y - b.x * a.y
        }
        return abs(s) / 2
    }
}
