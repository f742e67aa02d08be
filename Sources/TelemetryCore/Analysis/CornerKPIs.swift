import Foundation

/// The arrays of one lap the corner KPIs read, plus the stretch before its start/finish
/// crossing (for a corner just after the line whose braking starts on the previous lap).
public struct CornerLapView: Sendable {
    /// Grid distance (m).
    public var distance: [Double]
    /// Speed (m/s).
    public var speed: [Double]
    /// Latitude / longitude (deg).
    public var latitude: [Double]
    public var longitude: [Double]
    /// Heading (deg).
    public var heading: [Double]
    /// Longitudinal g, `nil` when the lap has no such channel.
    public var longitudinalG: [Double]?
    /// Smoothed signed curvature (°/m), `CornerDetection.curvature`.
    public var curvature: [Double]
    /// Rows before the crossing, ascending distance (negative, m), with their speed, position
    /// and longitudinal g (`nil` entries when missing); empty when unknown.
    public var leadIn: LeadIn

    /// Telemetry before the start/finish crossing of a lap.
    public struct LeadIn: Sendable {
        public var distance: [Double] = []
        public var speed: [Double] = []
        public var latitude: [Double] = []
        public var longitude: [Double] = []
        public var longitudinalG: [Double]? = nil
        public init() {}
    }

    /// View of a resampled lap of `session` (lead-in from the filtered rows before its crossing).
    public init(_ lap: ResampledLap, session: ProcessedSession?, leadInM: Double = CornerKPIs.maxBrakeSearchM) {
        distance = lap.distanceArray
        speed = lap.speed
        latitude = lap.latitude
        longitude = lap.longitude
        heading = lap.heading
        longitudinalG = lap.longitudinalG
        curvature = CornerDetection.curvature(heading: lap.heading)
        leadIn = LeadIn()
        if let session, let timed = session.timedLaps[lap.lapNumber] {
            let ch = session.channels
            let d0 = timed.start.distance
            var rows: [Int] = []
            var r = timed.start.rowAfter - 1
            while r >= 0 && d0 - ch.distance[r] <= leadInM {
                // stop at a gap in the recording (pit stop, fragment change)
                if let last = rows.last, ch.elapsedTime[last] - ch.elapsedTime[r] > 1.0 { break }
                rows.append(r)
                r -= 1
            }
            rows.reverse()
            var li = LeadIn()
            li.distance = rows.map { ch.distance[$0] - d0 }
            li.speed = rows.map { ch.speed[$0] }
            li.latitude = rows.map { ch.latitude[$0] }
            li.longitude = rows.map { ch.longitude[$0] }
            li.longitudinalG = lap.longitudinalG == nil ? nil : rows.map { ch.longitudinalG[$0] }
            leadIn = li
        }
    }

    /// Number of grid points.
    public var count: Int { distance.count }
}

/// Corner KPIs inside a zone [entry, exit) (analysis.md §4.2 with the improvements below).
///
/// - apex: the geometric apex, the middle of the plateau of the driven line's |curvature| around
///   its peak (where the car turns hardest); the speed minimum only decides `apex_type` (§4.2
///   steps 3 and 6);
/// - minimum speed: the lowest speed in the corner's window — its core (|curvature| ≥
///   `coreFraction` of the peak) widened by `windowMarginM` on both sides, never beyond half way
///   to the neighbouring apexes nor `maxWindowM` from the apex, nor into the next corner's
///   braking (past the speed maximum before it); a corner taken while
///   accelerating has its minimum on the window's edge. (The spec's v[apex] / zone minimum can
///   pick up the next corner's braking or the previous corner's exit.)
/// - brake point: the speed maximum between the previous corner's minimum and this one's
///   (not cut at the previous corner's exit). For the first corner of a lap the search walks
///   back (into the end of the previous lap — negative distance — when the lap starts while the
///   car is still accelerating) until speed falls `brakeHysteresisMps` below the running
///   maximum, `maxBrakeSearchM` is exhausted or the last corner's apex is reached.
///   No braking (null) when the drop to the minimum is < `minBrakeDropMps` or, with a
///   longitudinal channel, the deceleration never reaches `minBrakeDecelG`;
/// - peak brake g: the strongest deceleration between the brake point and the minimum;
/// - throttle commit: §4.2 step 5; apex type: §4.2 step 6.
public enum CornerKPIs {
    /// The first corner's backward search ends when speed falls this far below its running maximum (m/s).
    public static let brakeHysteresisMps = 1.0
    /// Longest backward search for the brake point (m).
    public static let maxBrakeSearchM = 600.0
    /// Smallest speed drop of a braked corner (m/s).
    public static let minBrakeDropMps = 2.0
    /// Deceleration a braked corner must reach (g, negative): the ground truth's convention for "braked"
    /// (beyond 0.25 g; lifting off and drag stay below it).
    public static let minBrakeDecelG = -0.25
    /// The corner's core, where |curvature| is at least this fraction of its peak (its full width at half
    /// maximum), bounds the minimum-speed window. The centre line's corner spans |κ| ≥ 35 % of its own peak; the
    /// racing line spreads the same turn over a longer, flatter arc, so its 35 % boundary lies well outside the
    /// centre line's and a corner taken accelerating would read its minimum from the previous corner's exit.
    public static let coreFraction = 0.5
    /// The apex is the middle of the stretch where |curvature| stays within this fraction of its
    /// peak: the smoothed curvature of GPS heading scatters by a few per cent, so on a
    /// near-constant-radius corner the bare argmax wanders along the arc.
    public static let apexPlateauFraction = 0.95
    /// The minimum-speed window extends this far beyond the core on both sides (m): the car
    /// still rolls to its slowest point just outside the turn.
    public static let windowMarginM = 30.0
    /// … and never further than this from the apex (m): the longest braking into a corner from
    /// top speed at ~1 g is ≈ 150 m, so a minimum beyond it belongs to another event.
    public static let maxWindowM = 150.0
    /// Samples of sustained acceleration for the throttle commit (10 m).
    static let throttleRun = Int(10 / AnalysisConstants.resampleStep)

    /// One zone of a lap with its geometric apex.
    public struct Zone: Sendable {
        public var number: Int
        public var entry: Int
        public var exit: Int
        public var peak: Int
    }

    /// KPIs of every zone of one lap, in order. `searchFloorM` bounds the first corner's
    /// backward brake search (distance of the lap's last apex before the line, negative).
    public static func compute(zones: [Zone], lap: CornerLapView, searchFloorM: Double?) -> [Corner] {
        let n = lap.count
        let d = lap.distance
        guard n >= 2 else { return [] }
        var out: [Corner] = []
        var previousMin: Int? = nil
        for (k, z) in zones.enumerated() {
            guard z.exit > z.entry, z.entry >= 0, z.exit <= n else { continue }
            let peak = min(max(z.peak, z.entry), min(z.exit, n - 1))
            var (coreLo, coreHi) = core(lap.curvature, peak: peak)
            coreLo = max(coreLo, z.entry)
            coreHi = min(coreHi, min(z.exit, n - 1))
            var loD = max(d[coreLo] - windowMarginM, d[peak] - maxWindowM)
            var hiD = min(d[coreHi] + windowMarginM, d[peak] + maxWindowM)
            if k > 0 { loD = max(loD, (d[zones[k - 1].peak] + d[peak]) / 2) }
            if k + 1 < zones.count { hiD = min(hiD, (d[peak] + d[zones[k + 1].peak]) / 2) }
            let lo = min(Numerics.firstIndexAtLeast(d, loD), peak)
            var hi = max(min(n, Numerics.firstIndexAtLeast(d, hiD) + 1), peak + 1)
            if k + 1 < zones.count, zones[k + 1].peak > peak {
                // Not into the next corner's braking: stop at the speed maximum before it.
                hi = max(peak + 1, min(hi, Numerics.argmax(lap.speed, peak..<min(n, zones[k + 1].peak + 1)) + 1))
            }
            let minIdx = Numerics.argmin(lap.speed, lo..<hi)
            var zz = z
            zz.peak = plateauMiddle(lap.curvature, peak: peak, lo: coreLo, hi: coreHi)
            let c = corner(zz, lap: lap, minIdx: minIdx, previousMin: previousMin,
                           searchFloorM: k == 0 ? searchFloorM : nil)
            out.append(c)
            previousMin = minIdx
        }
        return out
    }

    /// KPIs of one zone given its minimum.
    static func corner(_ z: Zone, lap: CornerLapView, minIdx: Int, previousMin: Int?, searchFloorM: Double?) -> Corner {
        let n = lap.count
        let v = lap.speed, d = lap.distance
        let entry = z.entry, stop = min(z.exit, n)
        let m = stop - entry
        let geo = min(max(z.peak, entry), stop - 1)
        let minLocal = minIdx - entry, geoLocal = geo - entry
        var apexLocal = minLocal
        if minLocal < 0 || minLocal >= m || Double(abs(minLocal - geoLocal)) / Double(m) > 0.4 {
            let half = Numerics.clampedInt(0.3 * Double(m), 1...max(1, m))
            let wlo = max(0, geoLocal - half), whi = min(m, geoLocal + half + 1)
            apexLocal = Numerics.argmin(v, (entry + wlo)..<(entry + whi)) - entry
        }
        let apex = entry + apexLocal
        let exitIdx = min(n - 1, z.exit)
        var corner = Corner(
            number: z.number, entryDistanceM: Numerics.round(d[entry], 1),
            exitDistanceM: Numerics.round(d[exitIdx], 1),
            apexDistanceM: Numerics.round(d[geo], 1),
            minSpeedMps: Numerics.round(v[minIdx], 2), brakePointM: nil, peakBrakeG: nil,
            throttleCommitM: nil, apexType: apexType(apex: apex, geo: geo, entry: entry, exit: exitIdx),
            brakePointLat: nil, brakePointLon: nil, apexLat: lap.latitude[geo], apexLon: lap.longitude[geo],
            direction: direction(lap.heading, entry, exitIdx))
        if let b = brakePoint(lap, minIdx: minIdx, previousMin: previousMin, searchFloorM: searchFloorM) {
            corner.brakePointM = Numerics.round(b.distance, 1)
            corner.brakePointLat = b.lat
            corner.brakePointLon = b.lon
            corner.peakBrakeG = b.peakG.map { Numerics.round($0, 3) }
        }
        if let ax = lap.longitudinalG, let t = throttleCommit(ax, from: apex, to: stop) {
            corner.throttleCommitM = Numerics.round(d[t], 1)
        }
        return corner
    }

    /// The middle of the curvature plateau around `peak` (|κ| ≥ `apexPlateauFraction` of the
    /// peak, inside [lo, hi]): on a near-constant-radius corner the argmax is decided by noise.
    static func plateauMiddle(_ k: [Double], peak: Int, lo: Int, hi: Int) -> Int {
        let floor = apexPlateauFraction * abs(k[peak])
        var a = peak, b = peak
        while a > lo && abs(k[a - 1]) >= floor { a -= 1 }
        while b < hi && abs(k[b + 1]) >= floor { b += 1 }
        return (a + b) / 2
    }

    /// The corner's core around `peak`: indices where the curvature keeps the peak's sign and
    /// at least `coreFraction` of its magnitude (inclusive bounds).
    static func core(_ k: [Double], peak: Int) -> (Int, Int) {
        guard peak >= 0, peak < k.count else { return (max(0, min(peak, k.count - 1)), max(0, min(peak, k.count - 1))) }
        let floor = coreFraction * abs(k[peak])
        let sign: Double = k[peak] >= 0 ? 1 : -1
        var a = peak, b = peak
        while a > 0 && k[a - 1] * sign >= floor { a -= 1 }
        while b + 1 < k.count && k[b + 1] * sign >= floor { b += 1 }
        return (a, b)
    }

    /// `early` / `mid` / `late` from the apex offset relative to the zone length.
    static func apexType(apex: Int, geo: Int, entry: Int, exit: Int) -> String {
        let span = exit - entry
        guard span != 0 else { return "mid" }
        let off = Double(apex - geo) / Double(span)
        return off < -0.10 ? "early" : off > 0.10 ? "late" : "mid"
    }

    /// §4.4 direction over [entry, exit): `right` for a net clockwise change ≥ 1°.
    static func direction(_ h: [Double], _ entry: Int, _ exit: Int) -> String? {
        let s = CornerDetection.headingChange(h, entry, exit)
        return abs(s) < 1.0 ? nil : (s > 0 ? "right" : "left")
    }

    struct BrakePoint { var distance: Double; var lat: Double; var lon: Double; var peakG: Double? }

    /// The speed maximum before the minimum at `minIdx` (see type doc); `nil` when not braked.
    static func brakePoint(_ lap: CornerLapView, minIdx: Int, previousMin: Int?, searchFloorM: Double?) -> BrakePoint? {
        let v = lap.speed, d = lap.distance
        let vMin = v[minIdx]
        var vMax = vMin, best = minIdx          // index ≥ 0: lap grid; < 0: lead-in index −(k+1)
        if let prev = previousMin, prev < minIdx {
            // Between the two minima: the highest point.
            for i in stride(from: minIdx - 1, to: prev, by: -1) where v[i] > vMax { vMax = v[i]; best = i }
        } else {
            var j = minIdx - 1
            let lead = lap.leadIn
            var leadK = lead.count - 1
            let floor = max(d[minIdx] - maxBrakeSearchM, searchFloorM ?? -Double.infinity)
            while true {
                let speed: Double, dist: Double, index: Int
                if j >= 0 {
                    speed = v[j]; dist = d[j]; index = j
                } else if leadK >= 0 {
                    speed = lead.speed[leadK]; dist = lead.distance[leadK]; index = -(leadK + 1)
                } else { break }
                if dist < floor { break }
                if speed > vMax { vMax = speed; best = index } else if speed < vMax - brakeHysteresisMps { break }
                if j >= 0 { j -= 1 } else { leadK -= 1 }
            }
        }
        guard vMax - vMin >= minBrakeDropMps else { return nil }
        let lead = lap.leadIn
        var peak: Double? = nil
        if let ax = lap.longitudinalG {
            var lo = Double.infinity
            if best < 0, let lax = lead.longitudinalG {
                for k in (-best - 1)..<lead.count where lax[k].isFinite { lo = min(lo, lax[k]) }
            }
            for i in max(0, best)...minIdx where ax[i].isFinite { lo = min(lo, ax[i]) }
            if lo.isFinite {
                guard lo <= minBrakeDecelG else { return nil }
                peak = lo
            }
        }
        if best >= 0 {
            return BrakePoint(distance: d[best], lat: lap.latitude[best], lon: lap.longitude[best], peakG: peak)
        }
        let k = -best - 1
        return BrakePoint(distance: lead.distance[k], lat: lead.latitude[k], lon: lead.longitude[k], peakG: peak)
    }

    /// §4.2 step 5: first run of 14 consecutive samples > 0.1 g in ax[apex..<exit].
    static func throttleCommit(_ ax: [Double], from apex: Int, to exit: Int) -> Int? {
        guard exit - apex >= throttleRun else { return nil }
        var run = 0
        for i in apex..<exit {
            if ax[i] > 0.1 { run += 1; if run == throttleRun { return i - throttleRun + 1 } } else { run = 0 }
        }
        return nil
    }
}

extension CornerLapView.LeadIn {
    /// Number of lead-in rows.
    public var count: Int { distance.count }
}
