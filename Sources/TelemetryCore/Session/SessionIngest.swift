/// Upload entry point: bytes of a RaceChrono CSV v3 export → `ProcessedSession`.
public enum SessionIngest {
    /// Parses and processes one file. Deterministic; throws a `CSVFormatError` naming what is wrong.
    public static func ingest(_ bytes: [UInt8]) throws(CSVFormatError) -> ProcessedSession {
        try process(RaceChronoParser.parse(bytes))
    }

    /// Same, for bytes held in a raw buffer (e.g. a request body).
    public static func ingest(_ buffer: UnsafeRawBufferPointer) throws(CSVFormatError) -> ProcessedSession {
        try process(RaceChronoParser.parse(buffer))
    }

    /// Parses and processes one file; a file without lap numbers is timed at the nearest of
    /// `knownGates` that times its laps (`lapTiming == .learnedGate`), else at an automatic gate
    /// (`.autoGate`). `learnedGate` of the result is the gate to store for a lap-numbered file.
    public static func ingest(_ bytes: [UInt8], knownGates: [LapGate]) throws(CSVFormatError) -> ProcessedSession {
        try process(RaceChronoParser.parse(bytes), knownGates: knownGates)
    }

    /// Laps, resampling, summaries and classification of parsed telemetry.
    public static func process(_ parsed: ParsedTelemetry) throws(CSVFormatError) -> ProcessedSession {
        try process(parsed, knownGates: [])
    }

    /// The laps of `ch`: by lap numbers when any row has one, else by gate (see `ingest(_:knownGates:)`), with the
    /// gate that timed them.
    static func laps(_ ch: TelemetryChannels, knownGates: [LapGate]) throws(CSVFormatError) -> (LapSplit, LapTiming, LapGate?) {
        guard !ch.lapNumber.contains(where: { !$0.isNaN }) else { return (try LapSplitter.split(ch), .lapNumbers, nil) }
        for gate in nearest(knownGates, ch) {
            if let split = GateLapSplitter.split(ch, gate: gate) { return (split, .learnedGate, gate) }
        }
        if let gate = AutoGate.find(ch), let split = GateLapSplitter.split(ch, gate: gate) { return (split, .autoGate, gate) }
        throw .noLaps
    }

    /// Known gates the trace passes within their half-width, nearest first.
    static func nearest(_ gates: [LapGate], _ ch: TelemetryChannels) -> [LapGate] {
        let stride = max(1, ch.count / 5000)
        let scored: [(Double, LapGate)] = gates.compactMap { g in
            let sf = g.startFinish
            var best = Double.infinity
            var i = 0
            while i < ch.count {
                let o = sf.offset(latitude: ch.latitude[i], longitude: ch.longitude[i])
                let r = (o.along * o.along + o.across * o.across).squareRoot()
                if r.isFinite { best = min(best, r) }
                i += stride
            }
            return best <= max(g.halfWidthM, 50) ? (best, g) : nil
        }
        return scored.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Same as `process(_:)`, timing a file without lap numbers at a known or automatic gate.
    public static func process(_ parsed: ParsedTelemetry, knownGates: [LapGate]) throws(CSVFormatError) -> ProcessedSession {
        let ch = parsed.channels
        let (split, timing, timingGate) = try laps(ch, knownGates: knownGates)
        let kept = try LapFilter.filter(split.timedLaps)
        let lapsDistance = kept.reduce(0) { $0 + $1.lapDistance }
        guard lapsDistance <= PhysicalBounds.maxResampledDistanceM else {
            throw .sessionTooLong(distanceKm: Numerics.clampedInt(lapsDistance / 1000, 0...Int.max),
                                  limitKm: Int(PhysicalBounds.maxResampledDistanceM / 1000))
        }
        let (timed, laps) = try resampleAll(kept, ch)
        let summaries = LapSummary.summarize(timed, ch)
        let best = summaries[0].lapNumber
        let anomalous = LapClassification.anomalousLaps(summaries, bestLap: best)
        let cleanSummaries = summaries.map { s in
            var s = s
            s.isClean = !anomalous.contains(s.lapNumber)
            return s
        }
        return ProcessedSession(
            metadata: parsed.metadata, counts: parsed.counts, channels: ch, raw: parsed.raw, gate: split.gate,
            timedLaps: Dictionary(uniqueKeysWithValues: timed.map { ($0.lapNumber, $0) }),
            laps: laps, lapSummaries: cleanSummaries, bestLap: best, anomalousLaps: anomalous,
            inOutLaps: split.untimedLaps,
            snapshot: SessionSnapshot.make(summaries: summaries, anomalous: anomalous),
            lapTiming: timing, timingGate: timingGate,
            learnedGate: timing == .lapNumbers ? split.gate.map { LapGate(learnedFrom: $0) } : nil)
    }

    /// Resamples every lap (§3.3); laps too short to resample are dropped.
    public static func resampleAll(_ laps: [TimedLap], _ ch: TelemetryChannels) throws(CSVFormatError)
        -> (timed: [TimedLap], resampled: [Int: ResampledLap]) {
        var timed: [TimedLap] = []
        var out: [Int: ResampledLap] = [:]
        for lap in laps {
            guard let r = Resampler.resample(lap, ch) else { continue }
            timed.append(lap)
            out[lap.lapNumber] = r
        }
        guard !timed.isEmpty else { throw .noResampledLaps }
        return (timed, out)
    }
}
