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

    /// Laps, resampling, summaries and classification of parsed telemetry.
    public static func process(_ parsed: ParsedTelemetry) throws(CSVFormatError) -> ProcessedSession {
        let ch = parsed.channels
        let split = try LapSplitter.split(ch)
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
            snapshot: SessionSnapshot.make(summaries: summaries, anomalous: anomalous))
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
