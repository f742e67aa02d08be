/// Receives parsed rows chunk by chunk and builds the columnar result (analysis.md §2.3
/// steps 2–7): drops incomplete rows, keeps the raw rows' quality columns, applies the GPS
/// quality filter, clamps speed at 0, stably sorts by elapsed time when the file is not in
/// time order, and fills absent heading / g channels from GPS.
///
/// Chunks keep the parse cache-resident: only the final arrays are written to fresh memory.
struct RowSink {
    private let present: [Bool]
    private var columns: [[Double]]
    private var rawElapsed: [Double] = []
    private var rawAccuracy: [Double] = []
    private var rawSatellites: [Double] = []
    private var keep: [Int] = []
    private let buffer: UnsafeMutablePointer<Double>
    private var sorted = true
    private var lastElapsed = -Double.infinity
    private(set) var dataRows = 0
    private var incompleteRows = 0
    private var implausible = ImplausibleRows()

    /// - Parameters: `estimatedRows` sizes the arrays once; `chunkRows` is the largest chunk.
    init(layout: ColumnLayout, estimatedRows: Int, chunkRows: Int) {
        present = Channel.allCases.map { layout.column(of: $0) != nil }
        columns = Channel.allCases.map { _ in [] }
        for c in Channel.allCases where present[c.rawValue] { columns[c.rawValue].reserveCapacity(estimatedRows) }
        rawElapsed.reserveCapacity(estimatedRows)
        rawAccuracy.reserveCapacity(estimatedRows)
        rawSatellites.reserveCapacity(estimatedRows)
        keep.reserveCapacity(chunkRows)
        buffer = .allocate(capacity: chunkRows)
    }

    func deallocate() { buffer.deallocate() }

    /// Takes `rows` rows of a column-major chunk: `chunk[channel * stride + row]`.
    mutating func append(_ chunk: UnsafeMutablePointer<Double>, stride: Int, rows: Int) {
        func col(_ c: Channel) -> UnsafeMutablePointer<Double> { chunk + c.rawValue * stride }
        let ts = col(.timestamp), et = col(.elapsedTime), lat = col(.latitude), lon = col(.longitude)
        let sp = col(.speed), dist = col(.distance), acc = col(.accuracy), sats = col(.satellites)
        keep.removeAll(keepingCapacity: true)
        dataRows += rows
        for r in 0..<rows {
            guard ts[r].isFinite && et[r].isFinite && lat[r].isFinite && lon[r].isFinite
                && sp[r].isFinite && dist[r].isFinite else { incompleteRows += 1; continue }
            if let problem = PhysicalBounds.rowProblem(timestamp: ts[r], elapsed: et[r], latitude: lat[r],
                                                       longitude: lon[r], speed: sp[r]) {
                implausible.count(problem)
                continue
            }
            rawElapsed.append(et[r])
            rawAccuracy.append(acc[r])
            rawSatellites.append(sats[r])
            if et[r] < lastElapsed { sorted = false }
            lastElapsed = et[r]
            if acc[r] <= AnalysisConstants.maxAccuracyM && sats[r] >= AnalysisConstants.minSatellites { keep.append(r) }
        }
        for r in 0..<rows where sp[r] < 0 { sp[r] = 0 }
        clearImplausibleSensorValues(chunk, stride: stride, rows: rows)
        let everyRow = keep.count == rows
        for c in Channel.allCases where present[c.rawValue] {
            let src = col(c)
            if everyRow {
                // Usual chunk: nothing dropped, copy the column as is.
                columns[c.rawValue].append(contentsOf: UnsafeBufferPointer(start: src, count: rows))
            } else {
                let n = keep.count
                for i in 0..<n { buffer[i] = src[keep[i]] }
                columns[c.rawValue].append(contentsOf: UnsafeBufferPointer(start: buffer, count: n))
            }
        }
    }

    /// Optional sensor values outside their sensor's range become missing; a negative accuracy fails the filter.
    private mutating func clearImplausibleSensorValues(_ chunk: UnsafeMutablePointer<Double>, stride: Int, rows: Int) {
        var cleared = 0
        for (c, range) in PhysicalBounds.sensorRanges where present[c.rawValue] {
            let column = chunk + c.rawValue * stride
            let lo = range.lowerBound, hi = range.upperBound
            for r in 0..<rows {
                let v = column[r]
                if v.isFinite && (v < lo || v > hi) {
                    column[r] = .nan
                    cleared &+= 1
                }
            }
        }
        implausible.sensorValuesCleared += cleared
    }

    /// Drops the filtered rows whose neighbours make them implausible (`RowSequenceCheck`) and re-bases distance.
    private mutating func applySequenceCheck() throws(CSVFormatError) {
        func column(_ c: Channel) -> [Double] { columns[c.rawValue] }
        let outcome = RowSequenceCheck.check(
            elapsed: column(.elapsedTime), timestamp: column(.timestamp), distance: column(.distance),
            speed: column(.speed), accuracy: column(.accuracy))
        implausible.timeOrder += outcome.counts.timeOrder
        implausible.distanceStep += outcome.counts.distanceStep
        implausible.distanceJumpsRebased += outcome.counts.distanceJumpsRebased
        columns[Channel.distance.rawValue] = outcome.distance
        if outcome.kept.count < column(.elapsedTime).count {
            for c in Channel.allCases where present[c.rawValue] {
                columns[c.rawValue] = RowSink.permute(columns[c.rawValue], outcome.kept)
            }
        }
        let kept = outcome.kept.count
        if implausible.droppedRows > 0, kept < AnalysisConstants.minLapRows || implausible.droppedRows > kept {
            throw .implausibleData(keptRows: kept, dropped: implausible)
        }
    }

    /// Sorts if needed, derives absent channels and returns the result.
    mutating func finish(layout: ColumnLayout, metadata: SessionMetadata) throws(CSVFormatError) -> ParsedTelemetry {
        guard !rawElapsed.isEmpty else {
            if implausible.droppedRows > 0 { throw .implausibleData(keptRows: 0, dropped: implausible) }
            throw .noCompleteRows
        }
        let qualityCount = columns[Channel.elapsedTime.rawValue].count
        if !sorted {
            let rawOrder = RowSink.stableOrder(rawElapsed)
            rawAccuracy = RowSink.permute(rawAccuracy, rawOrder)
            rawSatellites = RowSink.permute(rawSatellites, rawOrder)
            let order = RowSink.stableOrder(columns[Channel.elapsedTime.rawValue])
            for c in Channel.allCases where present[c.rawValue] {
                columns[c.rawValue] = RowSink.permute(columns[c.rawValue], order)
            }
        }
        try applySequenceCheck()
        let filteredCount = columns[Channel.elapsedTime.rawValue].count
        let counts = RowCounts(dataRows: dataRows, incompleteRows: incompleteRows, rawRows: rawElapsed.count,
                               rowsFiltered: rawElapsed.count - qualityCount, filteredRows: filteredCount,
                               implausible: implausible)
        let raw = RawGPSQuality(accuracy: RowSink.shrunk(rawAccuracy), satellites: RowSink.shrunk(rawSatellites))
        rawElapsed = []

        func take(_ c: Channel) -> [Double] { RowSink.shrunk(columns[c.rawValue]) }
        func optional(_ c: Channel) -> [Double]? {
            guard present[c.rawValue], columns[c.rawValue].contains(where: \.isFinite) else { return nil }
            return take(c)
        }
        let latitude = take(.latitude), longitude = take(.longitude)
        let elapsed = take(.elapsedTime), speed = take(.speed)
        let lapNumber = take(.lapNumber)

        var headingSource = HeadingSource.recorded
        let heading: [Double]
        if let h = optional(.heading) {
            heading = h
        } else {
            heading = DerivedChannels.headingFromPositions(latitude: latitude, longitude: longitude)
            headingSource = .derivedFromPositions
        }
        var accelerationSource = AccelerationSource.recorded
        let recordedLateral = optional(.lateralG), recordedLongitudinal = optional(.longitudinalG)
        var lateral = recordedLateral ?? [], longitudinal = recordedLongitudinal ?? []
        if recordedLateral == nil || recordedLongitudinal == nil {
            accelerationSource = .derivedFromGPS
            let derived = DerivedChannels.accelerations(time: elapsed, speed: speed, heading: heading)
            if recordedLateral == nil { lateral = derived.lateral }
            if recordedLongitudinal == nil { longitudinal = derived.longitudinal }
        }
        let channels = TelemetryChannels(
            timestamp: take(.timestamp), lapNumber: lapNumber, elapsedTime: elapsed,
            distance: take(.distance), accuracy: take(.accuracy), altitude: optional(.altitude),
            heading: heading, latitude: latitude, longitude: longitude, satellites: take(.satellites),
            speed: speed, lateralG: lateral, longitudinalG: longitudinal,
            xAcc: optional(.xAcc), yAcc: optional(.yAcc), zAcc: optional(.zAcc), yawRate: optional(.yawRate),
            accelerationSource: accelerationSource, headingSource: headingSource)
        return ParsedTelemetry(metadata: metadata, layout: layout, channels: channels, raw: raw, counts: counts)
    }

    /// Indices sorted by value; equal values keep their order (stable).
    static func stableOrder(_ values: [Double]) -> [Int] {
        values.indices.sorted { a, b in values[a] < values[b] || (values[a] == values[b] && a < b) }
    }

    static func permute(_ values: [Double], _ order: [Int]) -> [Double] {
        [Double](unsafeUninitializedCapacity: order.count) { out, n in
            for (i, j) in order.enumerated() { out[i] = values[j] }
            n = order.count
        }
    }

    /// The array itself, or a tight copy when the row estimate left more than 10 % unused.
    static func shrunk(_ a: [Double]) -> [Double] {
        a.capacity > a.count + a.count / 10 + 16 ? Array(unsafeUninitializedCapacity: a.count) { out, n in
            _ = out.initialize(fromContentsOf: a)
            n = a.count
        } : a
    }
}
