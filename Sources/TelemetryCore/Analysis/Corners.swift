import Foundation

/// Corner detection on the best lap (analysis.md §4.1, with a documented deviation).
///
/// The spec's detector (|heading rate| smoothed over 20 m above 1.0 °/m) only sees corners
/// of radius < 57 m and misses fast sweepers. This detector works on the **signed** path
/// curvature of the driven line, so it needs no track database:
/// 1. curvature κ = wrap180(Δheading)/Δd (°/m), smoothed with a Gaussian of σ = 8 m
///    (three box passes);
/// 2. regions of constant turn direction with |κ| ≥ `edgeCurvature` (0.1 °/m, radius 573 m);
/// 3. inside a region, local maxima of |κ| ≥ `weakPeakCurvature` are candidate apexes;
///    a peak belongs to a higher neighbour's corner when they are ≤ 160 m apart and |κ|
///    between them stays ≥ 90 % of it (the centre-line rule uses 80 %; the driven line fills
///    the dip between corners), otherwise the region is split at the lowest |κ| between them;
/// 4. a zone is a corner when its net heading change — counted out to |κ| ≥ `tailCurvature`
///    around it, since the racing line spreads a corner's turn beyond the |κ| ≥ 0.1 °/m core —
///    is ≥ `minHeadingChangeDeg` (10°), and
/// 5. its peak |κ| is ≥ `peakCurvature` (driven radius ≤ 220 m: a corner has radius ≤ 200 m
///    on the centre line and the racing line opens it a little), or — a fast corner the racing
///    line opens further, up to twice that radius (`weakPeakCurvature`) — the car reaches a
///    local speed minimum inside it (speed at both zone ends higher by ≥ `speedNoiseMps`):
///    a bend that costs speed is a corner; one taken while accelerating through is not.
/// Entry = first index of the zone, exit = first index after it (clamped to n−1), peak = the
/// argmax of |κ| (`CornerKPIs` reports the middle of the plateau around it as the apex).
public enum CornerDetection {
    /// Gaussian σ of the curvature smoothing (m).
    public static let smoothingSigmaM = 8.0
    /// |κ| bounding a corner zone (°/m).
    public static let edgeCurvature = 0.1
    /// Smallest peak |κ| of a corner taken at any speed (°/m): 0.9/200 m⁻¹ — a corner has
    /// radius ≤ 200 m on the centre line, and the smoothed driven line peaks slightly lower.
    public static let peakCurvature = 0.26
    /// Smallest peak |κ| of a corner that costs speed (°/m): radius 400 m, twice the centre-line
    /// corner radius — how far a racing line can open a fast corner.
    public static let weakPeakCurvature = 180 / Double.pi / 400
    /// A weak-peak zone needs its speed minimum this far below the speed at both of its ends
    /// (m/s): above GPS Doppler speed noise.
    public static let speedNoiseMps = 0.3
    /// The heading change of a zone is counted out to where |κ| falls below this (°/m): half the
    /// zone edge, where the racing line's turn-in and unwind tails still carry heading.
    public static let tailCurvature = 0.05
    /// Smallest net heading change of a corner (°).
    public static let minHeadingChangeDeg = 10.0
    /// Same-direction peaks closer than this may form one corner (m).
    public static let mergeDistanceM = 160.0
    /// … when |κ| between them stays above this fraction of the smaller peak.
    public static let mergeFraction = 0.9

    /// A detected corner zone (grid indices of the lap it was detected on).
    public struct Zone: Sendable, Equatable {
        /// First index of the zone.
        public var entry: Int
        /// First index after the zone (≤ n−1).
        public var exit: Int
        /// Index of the |curvature| peak.
        public var peak: Int
        /// +1 right-hand, −1 left-hand.
        public var sign: Int
    }

    /// Signed curvature of a lap's driven line (°/m, positive = right-hand turn),
    /// smoothed with a Gaussian of σ = `smoothingSigmaM`.
    public static func curvature(heading h: [Double], step: Double = AnalysisConstants.resampleStep) -> [Double] {
        let n = h.count
        guard n >= 2 else { return [Double](repeating: 0, count: n) }
        var r = [Double](repeating: 0, count: n)
        for i in 0..<(n - 1) { r[i] = wrap180(h[i + 1] - h[i]) / step }
        r[n - 1] = r[n - 2]
        return boxGaussian(r, sigma: smoothingSigmaM / step)
    }

    /// `Numerics.wrap180` with a branch-only fast path for differences within ±540°.
    @inline(__always) static func wrap180(_ d: Double) -> Double {
        if d >= -180 && d < 180 { return d }
        if d >= 180 && d < 540 { return d - 360 }
        if d >= -540 && d < -180 { return d + 360 }
        return Numerics.wrap180(d)
    }

    /// Gaussian smoothing approximated by three centred box passes (O(n)); ends averaged over
    /// the samples available.
    static func boxGaussian(_ xs: [Double], sigma: Double) -> [Double] {
        let width = Numerics.clampedInt((12 * sigma * sigma / 3 + 1).squareRoot(), 1...Int(Int32.max), rounding: .toNearestOrAwayFromZero)
        let half = width / 2
        var a = xs
        for _ in 0..<3 { a = boxPass(a, half: half) }
        return a
    }

    static func boxPass(_ xs: [Double], half: Int) -> [Double] {
        let n = xs.count
        guard half > 0, n > 1 else { return xs }
        var prefix = [Double](repeating: 0, count: n + 1)
        for i in 0..<n { prefix[i + 1] = prefix[i] + xs[i] }
        return [Double](unsafeUninitializedCapacity: n) { out, count in
            for i in 0..<n {
                let lo = max(0, i - half), hi = min(n - 1, i + half)
                out[i] = (prefix[hi + 1] - prefix[lo]) / Double(hi - lo + 1)
            }
            count = n
        }
    }

    /// Corner zones of a lap from its smoothed signed curvature `k`, raw heading `h` and
    /// speed `v` (without speed, only peaks ≥ `peakCurvature` count).
    public static func detect(curvature k: [Double], heading h: [Double], speed v: [Double]? = nil) -> [Zone] {
        let n = k.count
        guard n >= 3 else { return [] }
        var zones: [Zone] = []
        var i = 0
        while i < n {
            guard abs(k[i]) >= edgeCurvature else { i += 1; continue }
            let sign = k[i] > 0 ? 1 : -1
            var j = i
            while j < n && abs(k[j]) >= edgeCurvature && (k[j] > 0 ? 1 : -1) == sign { j += 1 }
            zones.append(contentsOf: split(region: i..<j, k, sign: sign))
            i = j
        }
        return zones.indices.compactMap { q -> Zone? in
            let z = zones[q]
            // Heading change over the constant-sign run around the zone, not into its neighbours.
            var a = z.entry, b = z.exit
            let lo = q > 0 ? zones[q - 1].exit : 0, hi = q + 1 < zones.count ? zones[q + 1].entry : n - 1
            while a > lo && k[a - 1] * Double(z.sign) >= tailCurvature { a -= 1 }
            while b < hi && k[b] * Double(z.sign) >= tailCurvature { b += 1 }
            guard abs(headingChange(h, a, b)) >= minHeadingChangeDeg else { return nil }
            if abs(k[z.peak]) >= peakCurvature { return z }
            guard let v, v.count == n else { return nil }
            let m = Numerics.argmin(v, z.entry..<max(z.entry + 1, z.exit))
            return v[z.entry] - v[m] >= speedNoiseMps && v[z.exit] - v[m] >= speedNoiseMps ? z : nil
        }
    }

    /// Net heading change (°) from index `a` to `b`.
    static func headingChange(_ h: [Double], _ a: Int, _ b: Int) -> Double {
        var s = 0.0
        var i = a
        while i < b && i + 1 < h.count { s += wrap180(h[i + 1] - h[i]); i += 1 }
        return s
    }

    /// Splits one constant-sign region into corners at its prominent peaks: a local maximum
    /// of |κ| ≥ `weakPeakCurvature` stands alone unless a higher peak lies within `mergeDistanceM`
    /// and |κ| between them stays ≥ `mergeFraction` of it (then it belongs to that peak's
    /// corner). Neighbouring corners are cut at the lowest |κ| between their peaks.
    static func split(region: Range<Int>, _ k: [Double], sign: Int) -> [Zone] {
        let a = region.lowerBound, b = region.upperBound
        let n = k.count
        let mag = { (i: Int) in abs(k[i]) }
        var candidates: [Int] = []
        for i in region where mag(i) >= weakPeakCurvature {
            let left = i == a ? -Double.infinity : mag(i - 1)
            let right = i == b - 1 ? -Double.infinity : mag(i + 1)
            if mag(i) > left && mag(i) >= right { candidates.append(i) }
        }
        guard !candidates.isEmpty else { return [] }
        let mergeSamples = Int(mergeDistanceM / AnalysisConstants.resampleStep)
        // A peak is absorbed when, walking towards a higher peak, |κ| never falls below
        // mergeFraction of it and the higher peak is close enough.
        func absorbed(_ p: Int) -> Bool {
            let floor = mergeFraction * mag(p)
            for dir in [-1, 1] {
                var i = p + dir
                while i >= a && i < b && mag(i) >= floor {
                    if mag(i) > mag(p) || (mag(i) == mag(p) && i < p) { if abs(i - p) <= mergeSamples { return true } else { break } }
                    i += dir
                }
            }
            return false
        }
        let peaks = candidates.filter { !absorbed($0) }
        guard !peaks.isEmpty else { return [] }
        var bounds = [a]
        for (p, q) in zip(peaks, peaks.dropFirst()) {
            var low = p
            for m in p...q where mag(m) < mag(low) { low = m }
            bounds.append(low)
        }
        bounds.append(b)
        return peaks.enumerated().map { g, peak in
            Zone(entry: bounds[g], exit: min(n - 1, bounds[g + 1]), peak: peak, sign: sign)
        }
    }
}
