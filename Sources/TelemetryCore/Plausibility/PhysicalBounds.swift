/// What a RaceChrono row can physically hold. Every bound follows from the vehicle, the planet or the sensor,
/// never from the fixtures; a row outside them is dropped (and counted) before anything is sized by its values.
public enum PhysicalBounds {
    /// Fastest plausible ground speed (m/s): 540 km/h, above any car's top speed on a circuit.
    public static let maxSpeedMps = 150.0
    /// Longest session (s): elapsed time is seconds since the recording started, and a session is at most a day.
    public static let maxSessionSeconds = 86_400.0
    /// Longest lap (m): the Nürburgring's combined 25.4 km layout, rounded up.
    public static let maxLapDistanceM = 30_000.0
    /// Earliest plausible unix timestamp (s): 2000-01-01, before any RaceChrono export.
    public static let minUnixTime = 946_684_800.0
    /// Latest plausible unix timestamp (s): 2100-01-01.
    public static let maxUnixTime = 4_102_444_800.0
    /// Largest longitudinal acceleration a car reaches (m/s²): 2 g, braking on slicks. Bounds how much faster than
    /// both ends of a gap the car can have been in between.
    public static let maxLongitudinalAccel = 2 * AnalysisConstants.gravity
    /// A position fix is within this many times its reported accuracy of the truth (accuracy is a ~1σ estimate).
    public static let accuracySigmas = 3.0
    /// Altitude range of roads on Earth (m), with margin: the Dead Sea shore to above the highest passes.
    public static let altitudeRangeM: ClosedRange<Double> = -500...9_000
    /// Full scale of the accelerometers phones and loggers carry (G).
    public static let maxAccelerationG = 16.0
    /// Full scale of the gyroscopes phones and loggers carry (deg/s).
    public static let maxYawRateDps = 2_000.0
    /// Largest distance a session's laps may cover in total (m): the resampled channels of 1,400 km of laps take
    /// ≈128 MB. A 50 MB export at 10 Hz holds at most ~1,000 km of driving, so only crafted files reach it.
    public static let maxResampledDistanceM = 1_400_000.0

    /// Whether the required cells of a complete row are physically possible (speed, position, time).
    @inline(__always)
    static func rowProblem(timestamp: Double, elapsed: Double, latitude: Double, longitude: Double,
                           speed: Double) -> ImplausibleRows.Reason? {
        if !(speed <= maxSpeedMps) { return .speed }
        if !(abs(latitude) <= 90 && abs(longitude) <= 180) { return .position }
        if !(elapsed >= 0 && elapsed <= maxSessionSeconds) { return .time }
        if !(timestamp >= minUnixTime && timestamp <= maxUnixTime) { return .time }
        return nil
    }

    /// The channels whose values are checked against their sensor's range, with that range. A finite value outside
    /// it becomes missing.
    static let sensorRanges: [(channel: Channel, range: ClosedRange<Double>)] = [
        (.accuracy, 0...Double.greatestFiniteMagnitude),
        (.altitude, altitudeRangeM),
        (.heading, -360...720),
        (.lateralG, -maxAccelerationG...maxAccelerationG), (.longitudinalG, -maxAccelerationG...maxAccelerationG),
        (.xAcc, -maxAccelerationG...maxAccelerationG), (.yAcc, -maxAccelerationG...maxAccelerationG),
        (.zAcc, -maxAccelerationG...maxAccelerationG),
        (.yawRate, -maxYawRateDps...maxYawRateDps),
    ]

    /// Largest plausible increase of the cumulative distance between two rows `dt` seconds apart, at speeds
    /// `speedA`, `speedB` (m/s) and position accuracies `accuracyA`, `accuracyB` (m): the faster end's speed for the
    /// whole gap, what the car can have gained and lost again inside the gap, and the two fixes' position error.
    @inline(__always)
    static func maxDistanceStep(dt: Double, speedA: Double, speedB: Double, accuracyA: Double, accuracyB: Double) -> Double {
        let v = min(maxSpeedMps, max(speedA, speedB))
        let surge = min(maxLongitudinalAccel * dt * dt / 4, maxSpeedMps * dt)
        return v * dt + surge + accuracySigmas * (accuracyA + accuracyB)
    }
}
