import Foundation

/// `GET /api/sessions/{sid}/grip` (analysis.md §8.4).
public struct GripResponse: Sendable, Encodable {
    public var sessionID: String
    public var data: Grip
    enum CodingKeys: String, CodingKey { case sessionID = "session_id", data }
}

/// Grip estimate from the coaching laps' g-g data.
public struct Grip: Sendable, Encodable {
    /// The `multi_lap` object of the response JSON (keys in `CodingKeys`).
    public struct MultiLap: Sendable, Encodable {
        @FiniteNumber public var maxG: Double
        public var nPoints: Int
        public var nLaps: Int
        @FiniteNumber public var percentile: Double
        enum CodingKeys: String, CodingKey { case maxG = "max_g", nPoints = "n_points", nLaps = "n_laps", percentile }
    }
    /// The `ellipse` object of the response JSON (keys in `CodingKeys`).
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
    /// The `directional` object of the response JSON (keys in `CodingKeys`).
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
    /// The `speed_model` object of the response JSON (keys in `CodingKeys`).
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
    /// The `convex_hull` object of the response JSON (keys in `CodingKeys`).
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
    /// The `weights` object of the response JSON (keys in `CodingKeys`).
    public struct Weights: Sendable, Encodable {
        public var multiLap = 0.35, directional = 0.30, speedModel = 0.10, convexHull = 0.25
        enum CodingKeys: String, CodingKey {
            case multiLap = "multi_lap", directional, speedModel = "speed_model", convexHull = "convex_hull"
        }
    }
    /// The `metadata` object of the response JSON (keys in `CodingKeys`).
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
        let total = laps.reduce(0) { $0 + $1.count }
        var lat = [Double](repeating: 0, count: total), lon = lat, v = lat, g = lat
        var n = 0, used = 0
        lat.withUnsafeMutableBufferPointer { LA in
            lon.withUnsafeMutableBufferPointer { LO in
                v.withUnsafeMutableBufferPointer { V in
                    g.withUnsafeMutableBufferPointer { G in
                        for lap in laps {
                            guard let la = lap.lateralG, let lo = lap.longitudinalG else { continue }
                            used += 1
                            let sp = lap.speed
                            for i in 0..<lap.count {
                                let a = la[i], b = lo[i], c = sp[i]
                                guard a.isFinite && b.isFinite && c.isFinite else { continue }
                                LA[n] = a; LO[n] = b; V[n] = c
                                G[n] = (a * a + b * b).squareRoot()
                                n += 1
                            }
                        }
                    }
                }
            }
        }
        guard n > 0 else { return nil }
        if n < total { lat.removeLast(total - n); lon.removeLast(total - n); v.removeLast(total - n); g.removeLast(total - n) }
        var scratch = g
        let p99 = Numerics.percentileSelect(&scratch, 99)
        let multi = Grip.MultiLap(maxG: p99, nPoints: g.count, nLaps: used, percentile: 99)

        // Directional bins.
        let nb = 36
        var peaks = [Double](repeating: -1, count: nb), counts = [Int](repeating: 0, count: nb)
        let binner = AngleBinner(bins: nb)
        lat.withUnsafeBufferPointer { LA in
            lon.withUnsafeBufferPointer { LO in
                g.withUnsafeBufferPointer { G in
                    for i in 0..<n {
                        let k = binner.bin(x: LA[i], y: LO[i])
                        counts[k] += 1
                        if G[i] > peaks[k] { peaks[k] = G[i] }
                    }
                }
            }
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
        // Edges vmin, vmin + step, … while below vmax + step; bounded by the plausible speed range, not by the input.
        let maxEdges = Int(PhysicalBounds.maxSpeedMps / step) + 2
        var edges: [Double] = []
        var e = vmin
        while e < vmax + step && edges.count < maxEdges { edges.append(e); e += step }
        // Points grouped by speed bin (counting sort), then p99 per bin.
        let nBins = max(0, edges.count - 1)
        var binOf = [Int](repeating: -1, count: v.count)
        var binCount = [Int](repeating: 0, count: nBins)
        for i in v.indices {
            let k = Numerics.clampedInt((v[i] - vmin) / step, -1...nBins)   // ≥ 0: truncation = floor
            if k >= 0 && k < nBins { binOf[i] = k; binCount[k] += 1 }
        }
        var start = [Int](repeating: 0, count: nBins + 1)
        for k in 0..<nBins { start[k + 1] = start[k] + binCount[k] }
        var grouped = [Double](repeating: 0, count: start[nBins])
        var fill = start
        for i in v.indices where binOf[i] >= 0 { grouped[fill[binOf[i]]] = g[i]; fill[binOf[i]] += 1 }
        var sc: [Double] = [], sp: [Double] = []
        for k in 0..<nBins where binCount[k] >= 5 {
            var part = Array(grouped[start[k]..<start[k + 1]])
            sc.append((edges[k] + edges[k + 1]) / 2)
            sp.append(Numerics.percentileSelect(&part, 99))
        }
        var vs = v
        let vref = Numerics.percentileSelect(&vs, 50)
        let speedModel: Grip.SpeedModel
        if sc.count < 2 {
            speedModel = .init(baseGripG: p99, aeroCoefficientK: 0, rSquared: 0, speedBins: sc, peakGPerBin: sp,
                               referenceSpeedMps: vref, equivalentG: p99)
        } else {
            let x = sc.map { $0 * $0 }
            var (k, base, _) = Numerics.lineFit(x, sp) ?? (0, sp.reduce(0, +) / Double(sp.count), 0)
            if k < 0 { k = 0; base = sp.reduce(0, +) / Double(sp.count) }
            let r2 = Numerics.rSquared(x, sp, k, base)
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
        // Far outside the table: one remainder instead of a loop bounded only by the input.
        if abs(t - xx.first!) > 4 * p {
            t = xx.first! + (t - xx.first!).truncatingRemainder(dividingBy: p)
            if t < xx.first! { t += p }
        }
        while t < xx.first! { t += p }
        while t > xx.last! { t -= p }
        return Numerics.interpC(t, xx, yy)
    }
}
