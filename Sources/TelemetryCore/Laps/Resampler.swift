/// Resampling of a timed lap onto the 0.7 m distance grid (analysis.md §3.3).
///
/// The knots are the lap's rows plus the two interpolated crossings, so the grid starts
/// exactly at the start/finish line (distance 0, lap time 0) and the lap time channel
/// reaches the crossing-to-crossing lap time at distance L. Linear channels use interpX
/// (extrapolating) over their finite knots, one knot per distance value (the last);
/// heading is unwrapped, interpolated and wrapped into [0, 360).
public enum Resampler {
    /// Shortest lap that is resampled: 10 grid steps (m).
    public static let minLapDistance = 10 * AnalysisConstants.resampleStep

    /// Resamples `lap`; `nil` when it is shorter than `minLapDistance`.
    public static func resample(_ lap: TimedLap, _ ch: TelemetryChannels) -> ResampledLap? {
        let length = lap.lapDistance
        guard length >= minLapDistance else { return nil }
        let grid = DistanceGrid(length: length)
        let knots = LapKnots(lap, ch, grid: grid)
        let lapTime = knots.interpolateColumn(ch.elapsedTime, offset: lap.start.elapsedTime, start: 0, end: lap.lapTime)
        return ResampledLap(
            lapNumber: lap.lapNumber, distance: grid,
            lapTime: lapTime ?? [],
            speed: knots.interpolateColumn(ch.speed) ?? [],
            latitude: knots.interpolateColumn(ch.latitude) ?? [],
            longitude: knots.interpolateColumn(ch.longitude) ?? [],
            altitude: ch.altitude.flatMap { knots.interpolateColumn($0) },
            heading: knots.interpolateHeading(ch.heading),
            lateralG: knots.interpolateColumn(ch.lateralG),
            longitudinalG: knots.interpolateColumn(ch.longitudinalG))
    }

    /// Resamples one more linear channel of `lap` (e.g. `yawRate`, `xAcc`) onto the lap's grid;
    /// `nil` when the channel is absent or has fewer than 2 finite knots. Heading is wrapped.
    public static func resample(_ channel: Channel, of lap: TimedLap, _ ch: TelemetryChannels) -> [Double]? {
        guard lap.lapDistance >= minLapDistance, let column = ch.column(channel) else { return nil }
        let knots = LapKnots(lap, ch, grid: DistanceGrid(length: lap.lapDistance))
        switch channel {
        case .heading: return knots.interpolateHeading(column)
        case .elapsedTime: return knots.interpolateColumn(column, offset: lap.start.elapsedTime, start: 0, end: lap.lapTime)
        default: return knots.interpolateColumn(column)
        }
    }
}

/// Knot positions of one lap: start crossing, rows, end crossing; and the interpolation
/// weights of the grid for channels whose knots are all finite.
struct LapKnots {
    let first: Int          // first row of the lap
    let count: Int          // rows in the lap
    let startFraction: Double
    let endFraction: Double
    let xs: [Double]        // lap distance of every knot (count + 2)
    let grid: DistanceGrid
    let unique: [Int]       // knots kept when all are finite (last of equal distances)
    let segment: [Int32]    // per grid point: index into `unique` of the left knot
    let weight: [Double]    // per grid point: position between left and right knot

    init(_ lap: TimedLap, _ ch: TelemetryChannels, grid: DistanceGrid) {
        first = lap.rows.lowerBound
        count = lap.rows.count
        startFraction = lap.start.fraction
        endFraction = lap.end.fraction
        self.grid = grid
        let d0 = lap.start.distance
        var xs = [Double](repeating: 0, count: count + 2)
        var prev = 0.0
        for i in 0..<count {
            prev = min(max(prev, ch.distance[first + i] - d0), lap.lapDistance)
            xs[i + 1] = prev
        }
        xs[count + 1] = lap.lapDistance
        self.xs = xs
        unique = LapKnots.lastOfEqual(Array(xs.indices), xs)
        (segment, weight) = LapKnots.weights(unique.map { xs[$0] }, grid)
    }

    /// Knot values of a row channel: the rows plus both crossings interpolated linearly.
    func values(_ column: [Double]) -> [Double] {
        var v = [Double](repeating: 0, count: count + 2)
        v[0] = column[first - 1] + startFraction * (column[first] - column[first - 1])
        for i in 0..<count { v[i + 1] = column[first + i] }
        let last = first + count
        v[count + 1] = column[last - 1] + endFraction * (column[last] - column[last - 1])
        return v
    }

    /// interpX of a row channel onto the grid (`offset` subtracted; `start`/`end` override the
    /// crossing knots); `nil` with fewer than 2 finite knots. Reads the column in place when
    /// the lap's rows and their neighbours are all finite.
    func interpolateColumn(_ column: [Double], offset: Double = 0, start: Double? = nil, end: Double? = nil) -> [Double]? {
        let last = first + count
        return column.withUnsafeBufferPointer { col -> [Double]? in
            var finite = true
            for i in (first - 1)...last where !col[i].isFinite { finite = false; break }
            guard finite else {
                return interpolate(values(column).map { $0 - offset }, start: start, end: end)
            }
            let y0 = start ?? (col[first - 1] + startFraction * (col[first] - col[first - 1]) - offset)
            let yEnd = end ?? (col[last - 1] + endFraction * (col[last] - col[last - 1]) - offset)
            let lastKnot = count + 1
            let base = col.baseAddress! + (first - 1)   // base[k] = row of knot k (1…count)
            return unique.withUnsafeBufferPointer { u in
                segment.withUnsafeBufferPointer { seg in
                    weight.withUnsafeBufferPointer { w in
                        [Double](unsafeUninitializedCapacity: grid.count) { out, n in
                            for g in 0..<grid.count {
                                let s = Int(seg[g])
                                let k0 = u[s], k1 = u[s + 1]
                                let a = k0 == 0 ? y0 : base[k0] - offset
                                let b = k1 == lastKnot ? yEnd : base[k1] - offset
                                out[g] = a + w[g] * (b - a)
                            }
                            n = grid.count
                        }
                    }
                }
            }
        }
    }

    /// interpX of knot values onto the grid; `nil` with fewer than 2 finite knots.
    /// `start`/`end` override the crossing knots' values.
    func interpolate(_ knotValues: [Double], start: Double? = nil, end: Double? = nil) -> [Double]? {
        var y = knotValues
        if let start { y[0] = start }
        if let end { y[y.count - 1] = end }
        if y.allSatisfy(\.isFinite) {
            return [Double](unsafeUninitializedCapacity: grid.count) { out, n in
                for k in 0..<grid.count {
                    let s = Int(segment[k])
                    let y0 = y[unique[s]], y1 = y[unique[s + 1]]
                    out[k] = y0 + weight[k] * (y1 - y0)
                }
                n = grid.count
            }
        }
        let finite = y.indices.filter { y[$0].isFinite }
        let keep = LapKnots.lastOfEqual(finite, xs)
        guard keep.count >= 2 else { return nil }
        return Numerics.interpX(grid, keep.map { xs[$0] }, keep.map { y[$0] })
    }

    /// Heading: crossings interpolated along the shorter arc, finite knots unwrapped,
    /// interpolated, wrapped into [0, 360).
    func interpolateHeading(_ heading: [Double]) -> [Double] {
        var y = [Double](repeating: 0, count: count + 2)
        func arc(_ a: Double, _ b: Double, _ f: Double) -> Double { a + f * Numerics.wrap180(b - a) }
        y[0] = arc(heading[first - 1], heading[first], startFraction)
        for i in 0..<count { y[i + 1] = heading[first + i] }
        let last = first + count
        y[count + 1] = arc(heading[last - 1], heading[last], endFraction)
        if y.allSatisfy(\.isFinite) {
            // Common case: unwrap in place and use the shared weights.
            var offset = 0.0
            var previous = y[0]
            for i in 1..<y.count {
                let raw = y[i]
                let d = raw - previous
                if d > 180 { offset -= 360 * ((d + 180) / 360).rounded(.down) }
                else if d < -180 { offset += 360 * ((-d + 180) / 360).rounded(.down) }
                previous = raw
                y[i] = raw + offset
            }
            var out = interpolate(y)!
            for k in out.indices { out[k] = Numerics.mod360(out[k]) }
            return out
        }
        let finite = y.indices.filter { y[$0].isFinite }
        guard finite.count >= 2 else { return [Double](repeating: 0, count: grid.count) }
        let unwrapped = Numerics.unwrapDegrees(finite.map { y[$0] })
        var full = [Double](repeating: .nan, count: y.count)
        for (k, i) in finite.enumerated() { full[i] = unwrapped[k] }
        let keep = LapKnots.lastOfEqual(finite, xs)
        let values = Numerics.interpX(grid, keep.map { xs[$0] }, keep.map { full[$0] })
        return values.map(Numerics.mod360)
    }

    /// Of `indices` (ascending positions into `xs`, non-decreasing `xs`), keeps the last
    /// index of every run of equal distances.
    static func lastOfEqual(_ indices: [Int], _ xs: [Double]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(indices.count)
        for (k, i) in indices.enumerated() {
            if k + 1 < indices.count && xs[indices[k + 1]] == xs[i] { continue }
            out.append(i)
        }
        return out
    }

    /// Left-knot index and weight of every grid point (extrapolating at both ends).
    static func weights(_ knotX: [Double], _ grid: DistanceGrid) -> ([Int32], [Double]) {
        guard knotX.count >= 2 else { return ([], []) }
        var seg = [Int32](repeating: 0, count: grid.count)
        var w = [Double](repeating: 0, count: grid.count)
        var s = 0
        let last = knotX.count - 2
        for k in 0..<grid.count {
            let x = grid[k]
            while s < last && knotX[s + 1] <= x { s += 1 }
            seg[k] = Int32(s)
            w[k] = (x - knotX[s]) / (knotX[s + 1] - knotX[s])
        }
        return (seg, w)
    }
}
