/// Rows dropped at ingest because their values are physically impossible (`PhysicalBounds`), by reason.
/// Reported in the GPS-quality response as `implausible_rows`.
public struct ImplausibleRows: Sendable, Equatable, Codable {
    /// Why a row was dropped.
    public enum Reason: Sendable {
        case speed, position, time, timeOrder, distanceStep
    }

    /// Speed above `PhysicalBounds.maxSpeedMps`.
    public var speed = 0
    /// Latitude or longitude outside the globe.
    public var position = 0
    /// Elapsed time outside 0 … 24 h, or a timestamp outside 2000 … 2100.
    public var time = 0
    /// A repeated elapsed time, or a timestamp earlier than the row before it.
    public var timeOrder = 0
    /// A distance step larger than the speeds on both sides allow (a spike).
    public var distanceStep = 0
    /// Jumps of the cumulative distance that persisted (a logger reset or offset): the rows are kept and the
    /// distance re-based on the speeds, so no lap absorbs the jump. Not dropped rows; counted for the report.
    public var distanceJumpsRebased = 0
    /// Optional sensor values outside their sensor's range (altitude, heading, g, yaw rate), made missing.
    public var sensorValuesCleared = 0

    public init() {}

    /// Rows dropped for any reason.
    public var droppedRows: Int { speed + position + time + timeOrder + distanceStep }

    mutating func count(_ reason: Reason) {
        switch reason {
        case .speed: speed += 1
        case .position: position += 1
        case .time: time += 1
        case .timeOrder: timeOrder += 1
        case .distanceStep: distanceStep += 1
        }
    }

    /// `speed above 150 m/s: 3, distance steps larger than speed allows: 29,000`: the non-zero reasons, largest first.
    public var summary: String {
        let parts: [(String, Int)] = [
            ("distance steps larger than the speed allows", distanceStep),
            ("speed above \(Int(PhysicalBounds.maxSpeedMps)) m/s", speed),
            ("position off the globe", position),
            ("time outside 0-24 h or timestamp outside 2000-2100", time),
            ("repeated or backwards time", timeOrder),
        ]
        return parts.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.map { "\($0.0): \($0.1)" }.joined(separator: ", ")
    }

    enum CodingKeys: String, CodingKey {
        case speed, position, time, timeOrder = "time_order", distanceStep = "distance_step"
        case distanceJumpsRebased = "distance_jumps_rebased", sensorValuesCleared = "sensor_values_cleared"
    }
}
