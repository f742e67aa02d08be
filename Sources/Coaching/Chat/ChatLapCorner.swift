/// One corner on one lap, as the chat coach cites it. SI units (m/s, m from the start/finish line, g as a positive
/// deceleration); `nil` where the lap has no such number (e.g. the corner was taken without braking).
public struct ChatLapCorner: Sendable, Codable, Equatable {
    /// Corner number (1…), matched to the best lap's corners.
    public var number: Int
    /// Slowest speed through the corner (m/s).
    public var minSpeedMps: Double
    /// Where braking started (m).
    public var brakePointM: Double?
    /// Strongest deceleration of the braking (g, positive).
    public var peakDecelG: Double?
    /// Distance from the apex to the throttle commit (m, ≥ 0).
    public var apexToThrottleM: Double?

    /// Creates a lap's corner.
    public init(number: Int, minSpeedMps: Double, brakePointM: Double? = nil, peakDecelG: Double? = nil,
                apexToThrottleM: Double? = nil) {
        self.number = number
        self.minSpeedMps = minSpeedMps
        self.brakePointM = brakePointM
        self.peakDecelG = peakDecelG
        self.apexToThrottleM = apexToThrottleM
    }
}
