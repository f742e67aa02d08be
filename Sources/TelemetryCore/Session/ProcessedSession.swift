/// Everything computed at upload for one session (analysis.md stages 1–4 and the §9.1
/// snapshot numbers that need no later analysis). Columnar and immutable.
///
/// In/out laps: RaceChrono leaves the out-lap without a lap number and gives the in-lap
/// the next number, which never crosses the line again. So instead of the spec's
/// "first and last resampled lap" rule, in/out laps are the numbered laps without an
/// opening or closing crossing (`inOutLaps`, e.g. `[9]` for 8 timed laps). They are not
/// timed: no summary, no resampled data. Every timed lap is a full lap between two
/// crossings and can be a coaching lap.
public struct ProcessedSession: Sendable {
    /// Track name, session date, RaceChrono version.
    public let metadata: SessionMetadata
    /// Row bookkeeping (`counts.rowsFiltered` = rows removed by the GPS quality filter).
    public let counts: RowCounts
    /// Filtered rows, columnar (the input of every lap computation).
    public let channels: TelemetryChannels
    /// Raw rows' accuracy and satellites, for the GPS-quality report.
    public let raw: RawGPSQuality
    /// Estimated start/finish gate.
    public let gate: StartFinishGate?
    /// Crossing-timed laps that survived §3.2 and §3.3, by lap number.
    public let timedLaps: [Int: TimedLap]
    /// Resampled laps by lap number.
    public let laps: [Int: ResampledLap]
    /// Lap summaries, fastest first, without user tags (every `isClean` = not anomalous).
    public let lapSummaries: [LapSummary]
    /// Fastest lap (first summary).
    public let bestLap: Int
    /// Anomalous laps (§3.5).
    public let anomalousLaps: Set<Int>
    /// Untimed numbered laps (in-lap, or a lap already running when recording started).
    public let inOutLaps: [Int]
    /// §9.1 numbers.
    public let snapshot: SessionSnapshot
    /// How the laps were timed: lap numbers, a learned gate or an automatic gate.
    public var lapTiming: LapTiming = .lapNumbers
    /// The gate the laps were timed at (learned or automatic); `nil` when timed by lap numbers. Passing it back as the
    /// only known gate rebuilds the same laps.
    public var timingGate: LapGate? = nil
    /// The start/finish gate this session teaches (from its lap-number changes), for the app to
    /// store per track location; `nil` when the laps were not timed by lap numbers.
    public var learnedGate: LapGate? = nil

    /// Resampled lap numbers, ascending.
    public var lapNumbers: [Int] { laps.keys.sorted() }

    /// Coaching ("clean") laps for the given user tags (§3.6), ascending.
    public func coachingLaps(tags: [Int: Set<String>] = [:]) -> [Int] {
        LapClassification.coachingLaps(all: lapNumbers, anomalous: anomalousLaps, inOut: Set(inOutLaps),
                                       tags: tags, bestLap: bestLap)
    }

    /// Any channel of a lap resampled onto its grid (e.g. `.yawRate`, `.xAcc`, which are not
    /// stored); `nil` for an unknown lap or an absent channel.
    public func resampled(_ channel: Channel, lap: Int) -> [Double]? {
        guard let timed = timedLaps[lap] else { return nil }
        return Resampler.resample(channel, of: timed, channels)
    }

    /// Lap summaries (fastest first) with the user's tags applied: `isClean` = not anomalous
    /// and not excluded by a tag; `tags` sorted.
    public func lapSummaries(tags: [Int: Set<String>]) -> [LapSummary] {
        let excluded = LapClassification.userExcluded(tags)
        return lapSummaries.map { s in
            var s = s
            s.tags = (tags[s.lapNumber] ?? []).sorted()
            s.isClean = !anomalousLaps.contains(s.lapNumber) && !excluded.contains(s.lapNumber)
            return s
        }
    }

    /// Σ array capacity × 8 bytes over every stored array (channels, raw rows, resampled laps).
    public var estimatedMemoryBytes: Int {
        channels.estimatedMemoryBytes + raw.estimatedMemoryBytes
            + laps.values.reduce(0) { $0 + $1.estimatedMemoryBytes }
    }

    /// Σ array count × 8 bytes: the numbers the session holds.
    public var numericPayloadBytes: Int {
        channels.payloadBytes + raw.payloadBytes + laps.values.reduce(0) { $0 + $1.payloadBytes }
    }
}
