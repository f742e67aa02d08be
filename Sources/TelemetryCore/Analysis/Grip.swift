import Foundation

/// `GET /api/sessions/{sid}/grip` (analysis.md §8.4).
public struct GripResponse: Sendable, Encodable {
    public var sessionID: String
    public var data: Grip
    enum CodingKeys: String, CodingKey { case sessionID = "session_id", data }
}

/// Grip estimate from the coaching laps' g-g data.
public struct Grip: Sendable, Encodable {
    public struct MultiLap: Sendable, Encodable {
        @FiniteNumber public var maxG: Double
        public var nPoints: Int
        public var nLaps: Int
        @FiniteNumber public var percentile: Double
        enum CodingKeys: String, CodingKey { case maxG = "max_g", nPoints = "n_points", nLaps = "n_laps", percentile }
    }
    public struct Ellipse: Sendable, Encodable {
        @FiniteNumber public var semiMajor: Double
        @FiniteNumber public var semiMinor: Double
        @FiniteNumber public var rotationRad: Double
        @FiniteNumber public var centerLatG: Double
        @FiniteNumber public var centerLonG: Double
        enum CodingKeys: String, CodingKey {
            case semiMajor = "semi_major", semiMinor = "semi_minor", rotationRad = "rotation_rad"
            case centerLatG = "center_lat_g", centerLonG = "center_lon_g"
        }
    }
    public struct Directional: Sendable, Encodable {
        public var ellipse: Ellipse
        public var nBins: Int
        @NumberList public var binAngles: [Double]
        @NumberList public var binPeaks: [Double]
        @FiniteNumber public var fitResidual: Double
        @FiniteNumber public var equivalentRadius: Double
        enum CodingKeys: String, CodingKey {
            case ellipse, nBins = "n_bins", binAngles = "bin_angles", binPeaks = "bin_peaks"
            case fitResidual = "fit_residual", equivalentRadius = "equivalent_radius"
        }
    }
    public struct SpeedModel: Sendable, Encodable {
        @FiniteNumber public var baseGripG: Double
        @FiniteNumber public var aeroCoefficientK: Double
        @FiniteNumber public var rSquared: Double
        @NumberList public var speedBins: [Double]
        @NumberList public var peakGPerBin: [Double]
        @FiniteNumber public var referenceSpeedMps: Double
        @FiniteNumber public var equivalentG: Double
        enum CodingKeys: String, CodingKey {
            case baseGripG = "base_grip_g", aeroCoefficientK = "aero_coefficient_k", rSquared = "r_squared"
            case speedBins = "speed_bins", peakGPerBin = "peak_g_per_bin", referenceSpeedMps = "reference_speed_mps"
            case equivalentG = "equivalent_g"
        }
    }
    public struct ConvexHull: Sendable, Encodable {
        @NumberList public var hullVerticesLatG: [Double]
        @NumberList public var hullVerticesLonG: [Double]
        @FiniteNumber public var hullArea: Double
        @FiniteNumber public var equivalentRadius: Double
        public var nVertices: Int
        enum CodingKeys: String, CodingKey {
            case hullVerticesLatG = "hull_vertices_lat_g", hullVerticesLonG = "hull_vertices_lon_g"
            case hullArea = "hull_area", equivalentRadius = "equivalent_radius", nVertices = "n_vertices"
        }
    }
    public struct Weights: Sendable, Encodable {
        public var multiLap = 0.35, directional = 0.30, speedModel = 0.10, convexHull = 0.25
        enum CodingKeys: String, CodingKey {
            case multiLap = "multi_lap", directional, speedModel = "speed_model", convexHull = "convex_hull"
        }
    }
    public struct Metadata: Sendable, Encodable {
        public var individualScalars: [String: FiniteNumber]
        enum CodingKeys: String, CodingKey { case individualScalars = "individual_scalars" }
    }
    public var multiLap: MultiLap
    public var directional: Directional
    public var speedModel: SpeedModel
    public var convexHull: ConvexHull
    @FiniteNumber public var compositeMaxG: Double
    @NumberList public var envelopeLatG: [Double]
    @NumberList public var envelopeLonG: [Double]
    public var weights: Weights
    public var metadata: Metadata
    enum CodingKeys: String, CodingKey {
        case multiLap = "multi_lap", directional, speedModel = "speed_model", convexHull = "convex_hull"
        case compositeMaxG = "composite_max_g", envelopeLatG = "envelope_lat_g", envelopeLonG = "envelope_lon_g"
        case weights, metadata
    }
}

/// Grip analysis (analysis.md §8.4).
public enum GripAnalysis {
    /// `laps` = coaching laps with both g channels; `nil` when there is no usable point.
    public static func compute(_ laps: [ResampledLap]) -> Grip? {
        var lat: [Double] = [], lon: [Double] = [], v: [Double] = [], g: [Double] = []
        let total = laps.reduce(0) { $0 + $1.count }
        lat.reserveCapacity(total); lon.reserveCapacity(total); v.reserveCapacity(total); g.reserveCapacity(total)
        var used = 0
        for lap in laps {
            guard let la = lap.lateralG, let lo = lap.longitudinalG else { continue }
            used += 1
            for i in 0..<lap.count where la[i].isFinite && lo[i].isFinite && lap.speed[i].isFinite {
                lat.append(la[i]); lon.append(lo[i]); v.append(lap.speed[i])
                g.append((la[i] * la[i] + lo[i] * lo[i]).squareRoot())
            }
        }
        guard !g.isEmpty else { return nil }
        var scratch = g
        let p99 = AnalysisMath.percentileSelect(&scratch, 99)
        let multi = Grip.MultiLap(maxG: p99, nPoints: g.count, nLaps: used, percentile: 99)

        // Directional bins.
        let nb = 36
        var peaks = [Double](repeating: -1, count: nb), counts = [Int](repeating: 0, count: nb)
        let binner = AngleBinner(bins: nb)
        for i in g.indices {
            let k = binner.bin(x: lat[i], y: lon[i])
            counts[k] += 1
            peaks[k] = max(peaks[k], g[i])
        }
        var centres: [Double] = [], binPeaks: [Double] = []
        for k in 0..<nb where counts[k] >= 5 {
            centres.append(-.pi + (Double(k) + 0.5) * 2 * .pi / Double(nb))
            binPeaks.append(peaks[k])
        }
        let directional: Grip.Directional
        if centres.count < 4 {
            directional = .init(ellipse: .init(semiMajor: p99, semiMinor: p99, rotationRad: 0, centerLatG: 0, centerLonG: 0),
                                nBins: centres.count, binAngles: centres, binPeaks: binPeaks, fitResidual: 0,
                                equivalentRadius: p99)
        } else {
            let fit = EllipseFit.fit(angles: centres, radii: binPeaks)
            directional = .init(ellipse: .init(semiMajor: fit.a, semiMinor: fit.b, rotationRad: fit.phi, centerLatG: 0, centerLonG: 0),
                                nBins: centres.count, binAngles: centres, binPeaks: binPeaks, fitResidual: fit.rms,
                                equivalentRadius: (fit.a * fit.b).squareRoot())
        }

        // Speed model.
        let vmin = v.min()!, vmax = v.max()!
        let step = 8.94
        var edges: [Double] = []
        var e = vmin
        while e < vmax + step { edges.append(e); e += step }
        var binG = [[Double]](repeating: [], count: max(0, edges.count - 1))
        for i in v.indices {
            let k = Int(((v[i] - vmin) / step).rounded(.down))
            if k >= 0 && k < binG.count { binG[k].append(g[i]) }
        }
        var sc: [Double] = [], sp: [Double] = []
        for k in binG.indices where binG[k].count >= 5 {
            sc.append((edges[k] + edges[k + 1]) / 2)
            sp.append(AnalysisMath.percentileSelect(&binG[k], 99))
        }
        var vs = v
        let vref = AnalysisMath.percentileSelect(&vs, 50)
        let speedModel: Grip.SpeedModel
        if sc.count < 2 {
            speedModel = .init(baseGripG: p99, aeroCoefficientK: 0, rSquared: 0, speedBins: sc, peakGPerBin: sp,
                               referenceSpeedMps: vref, equivalentG: p99)
        } else {
            let x = sc.map { $0 * $0 }
            var (k, base, _) = AnalysisMath.lineFit(x, sp) ?? (0, sp.reduce(0, +) / Double(sp.count), 0)
            if k < 0 { k = 0; base = sp.reduce(0, +) / Double(sp.count) }
            let r2 = AnalysisMath.rSquared(x, sp, k, base)
            speedModel = .init(baseGripG: base, aeroCoefficientK: k, rSquared: r2, speedBins: sc, peakGPerBin: sp,
                               referenceSpeedMps: vref, equivalentG: base + k * vref * vref)
        }

        // Convex hull.
        let hullPts = ConvexHull2D.hull(xs: lat, ys: lon)
        let hull: Grip.ConvexHull
        let area = ConvexHull2D.area(hullPts)
        if hullPts.count >= 3 && area > 0 {
            hull = .init(hullVerticesLatG: hullPts.map(\.x), hullVerticesLonG: hullPts.map(\.y), hullArea: area,
                         equivalentRadius: (area / .pi).squareRoot(), nVertices: hullPts.count)
        } else {
            let r = g.max()!
            let th = (0..<360).map { 2 * Double.pi * Double($0) / 360 }
            hull = .init(hullVerticesLatG: th.map { r * cos($0) }, hullVerticesLonG: th.map { r * sin($0) },
                         hullArea: .pi * r * r, equivalentRadius: r, nVertices: 360)
        }

        let composite = max(0.3, 0.35 * p99 + 0.30 * directional.equivalentRadius + 0.10 * speedModel.equivalentG
                                 + 0.25 * hull.equivalentRadius)
        var envLat = [Double](repeating: 0, count: 360), envLon = envLat
        if centres.count < 4 {
            for k in 0..<360 {
                let t = 2 * Double.pi * Double(k) / 360
                envLat[k] = composite * cos(t); envLon[k] = composite * sin(t)
            }
        } else {
            let thetas = (0..<360).map { -Double.pi + 2 * Double.pi * Double($0) / 360 }
            var r = thetas.map { periodicInterp($0, centres, binPeaks) }
            var meanR = r.reduce(0, +) / Double(r.count)
            if meanR < 1e-6 { meanR = 1 }
            r = r.map { $0 * composite / meanR }
            for k in 0..<360 { envLat[k] = r[k] * cos(thetas[k]); envLon[k] = r[k] * sin(thetas[k]) }
        }
        return Grip(multiLap: multi, directional: directional, speedModel: speedModel, convexHull: hull,
                    compositeMaxG: composite, envelopeLatG: envLat, envelopeLonG: envLon, weights: .init(),
                    metadata: .init(individualScalars: [
                        "multi_lap": FiniteNumber(wrappedValue: p99),
                        "directional": FiniteNumber(wrappedValue: directional.equivalentRadius),
                        "speed_model": FiniteNumber(wrappedValue: speedModel.equivalentG),
                        "convex_hull": FiniteNumber(wrappedValue: hull.equivalentRadius)]))
    }

    /// Linear interpolation with period 2π over ascending `xs`.
    static func periodicInterp(_ x: Double, _ xs: [Double], _ ys: [Double]) -> Double {
        let p = 2 * Double.pi
        var xx = xs, yy = ys
        xx.insert(xs.last! - p, at: 0); yy.insert(ys.last!, at: 0)
        xx.append(xs.first! + p); yy.append(ys.first!)
        var t = x
        while t < xx.first! { t += p }
        while t > xx.last! { t -= p }
        return Numerics.interpC(t, xx, yy)
    }
}

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
        var k = Int(((Self.fastAtan2(y, x) + .pi) / width).rounded(.down))
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
            for _ in 0..<10 {
                var M = A
                for a in 0..<3 { M[a][a] += lambda * max(A[a][a], 1e-12) }
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
        var survivors = Array(xs.indices)
        for directions in [8, 32] {
            var ext = [Int](repeating: survivors[0], count: directions)
            var best = [Double](repeating: -Double.infinity, count: directions)
            let ux = (0..<directions).map { cos(2 * Double.pi * Double($0) / Double(directions)) }
            let uy = (0..<directions).map { sin(2 * Double.pi * Double($0) / Double(directions)) }
            for i in survivors {
                let x = xs[i], y = ys[i]
                for k in 0..<directions {
                    let d = ux[k] * x + uy[k] * y
                    if d > best[k] { best[k] = d; ext[k] = i }
                }
            }
            var poly: [P] = []
            for k in 0..<directions {
                let p = P(x: xs[ext[k]], y: ys[ext[k]])
                if poly.last != p { poly.append(p) }
            }
            if poly.count > 1 && poly.first == poly.last { poly.removeLast() }
            let m = poly.count
            guard m >= 3 else { break }
            var ax = [Double](repeating: 0, count: m), ay = ax, dx = ax, dy = ax
            var rIn = Double.infinity
            var originInside = true
            for e in 0..<m {
                let a = poly[e], b = poly[(e + 1) % m]
                ax[e] = a.x; ay[e] = a.y; dx[e] = b.x - a.x; dy[e] = b.y - a.y
                let len = (dx[e] * dx[e] + dy[e] * dy[e]).squareRoot()
                let c = dx[e] * (0 - a.y) - dy[e] * (0 - a.x)
                if c <= 0 || len == 0 { originInside = false } else { rIn = min(rIn, c / len) }
            }
            let r2 = originInside ? rIn * rIn * 0.999 : -1
            survivors = survivors.filter { i in
                let x = xs[i], y = ys[i]
                if x * x + y * y < r2 { return false }
                for e in 0..<m where dx[e] * (y - ay[e]) - dy[e] * (x - ax[e]) <= 0 { return true }
                return false
            }
            // The extreme points themselves are kept (they are on the polygon, not strictly inside).
            if survivors.count < 3 { break }
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
