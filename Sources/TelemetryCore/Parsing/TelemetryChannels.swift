/// The channels the parser reads, in the order of analysis.md §2.2.
public enum Channel: Int, CaseIterable, Sendable {
    case timestamp, lapNumber, elapsedTime, distance, accuracy, altitude, heading
    case latitude, longitude, satellites, speed
    case lateralG, longitudinalG, xAcc, yAcc, zAcc, yawRate

    /// Column name in the RaceChrono header row.
    public var headerName: String {
        switch self {
        case .timestamp: return "timestamp"
        case .lapNumber: return "lap_number"
        case .elapsedTime: return "elapsed_time"
        case .distance: return "distance_traveled"
        case .accuracy: return "accuracy"
        case .altitude: return "altitude"
        case .heading: return "bearing"
        case .latitude: return "latitude"
        case .longitude: return "longitude"
        case .satellites: return "satellites"
        case .speed: return "speed"
        case .lateralG: return "lateral_acc"
        case .longitudinalG: return "longitudinal_acc"
        case .xAcc: return "x_acc"
        case .yAcc: return "y_acc"
        case .zAcc: return "z_acc"
        case .yawRate: return "z_rate_of_rotation"
        }
    }

    /// 0-based position in the standard 29-column layout (§2.2).
    public var standardPosition: Int {
        switch self {
        case .timestamp: return 0
        case .lapNumber: return 2
        case .elapsedTime: return 3
        case .distance: return 4
        case .accuracy: return 5
        case .altitude: return 6
        case .heading: return 7
        case .latitude: return 11
        case .longitude: return 12
        case .satellites: return 13
        case .speed: return 14
        case .lateralG: return 17
        case .longitudinalG: return 19
        case .xAcc: return 22
        case .yAcc: return 23
        case .zAcc: return 24
        case .yawRate: return 28
        }
    }

    /// Source tag expected in header row 12 when names repeat (`speed` is read from GPS).
    var preferredSource: String? {
        switch self {
        case .speed, .accuracy, .altitude, .heading, .latitude, .longitude, .satellites: return "gps"
        case .lateralG, .longitudinalG: return "calc"
        case .xAcc, .yAcc, .zAcc: return "acc"
        case .yawRate: return "gyro"
        default: return nil
        }
    }

    /// Columns a file must have (by header name) to be accepted.
    public var isRequired: Bool {
        switch self {
        case .timestamp, .lapNumber, .elapsedTime, .distance, .accuracy, .latitude,
             .longitude, .satellites, .speed:
            return true
        default:
            return false
        }
    }
}

/// Where the lateral/longitudinal g channels come from.
public enum AccelerationSource: String, Sendable, Codable {
    /// Read from the CSV's `lateral_acc` / `longitudinal_acc` columns.
    case recorded
    /// Derived from GPS speed and heading because the columns are absent or empty.
    case derivedFromGPS = "derived_from_gps"
}

/// Where the heading channel comes from.
public enum HeadingSource: String, Sendable, Codable {
    /// The `bearing` column.
    case recorded
    /// Course between successive positions, because `bearing` is absent or empty.
    case derivedFromPositions = "derived_from_positions"
}

/// Columnar telemetry of one session: one array per channel, all the same length,
/// rows sorted by elapsed time (stable). Missing values are NaN (these arrays are
/// never encoded directly). Optional channels are `nil` when the file lacks them.
public struct TelemetryChannels: Sendable {
    /// Unix time (s, UTC).
    public var timestamp: [Double]
    /// RaceChrono lap number; NaN before the first start/finish crossing.
    public var lapNumber: [Double]
    /// Seconds since recording start.
    public var elapsedTime: [Double]
    /// Cumulative distance over the session (m), non-decreasing.
    public var distance: [Double]
    /// Horizontal GPS accuracy estimate (m).
    public var accuracy: [Double]
    /// GPS altitude (m), if recorded.
    public var altitude: [Double]?
    /// Course over ground, degrees clockwise from north.
    public var heading: [Double]
    /// Latitude (deg).
    public var latitude: [Double]
    /// Longitude (deg).
    public var longitude: [Double]
    /// Satellites in use.
    public var satellites: [Double]
    /// GPS speed (m/s), ≥ 0.
    public var speed: [Double]
    /// Lateral acceleration (G), positive towards the right.
    public var lateralG: [Double]
    /// Longitudinal acceleration (G), negative when braking.
    public var longitudinalG: [Double]
    /// Raw accelerometer x (G, forward), if recorded.
    public var xAcc: [Double]?
    /// Raw accelerometer y (G, left), if recorded.
    public var yAcc: [Double]?
    /// Raw accelerometer z (G, up), if recorded.
    public var zAcc: [Double]?
    /// Yaw rate (deg/s, positive counter-clockwise), if recorded.
    public var yawRate: [Double]?
    /// Whether lateral/longitudinal g were recorded or derived from GPS.
    public var accelerationSource: AccelerationSource
    /// Whether heading was recorded or derived from positions.
    public var headingSource: HeadingSource

    /// Number of rows.
    public var count: Int { elapsedTime.count }

    /// The array of `channel`, `nil` when absent.
    public func column(_ channel: Channel) -> [Double]? {
        switch channel {
        case .timestamp: return timestamp
        case .lapNumber: return lapNumber
        case .elapsedTime: return elapsedTime
        case .distance: return distance
        case .accuracy: return accuracy
        case .altitude: return altitude
        case .heading: return heading
        case .latitude: return latitude
        case .longitude: return longitude
        case .satellites: return satellites
        case .speed: return speed
        case .lateralG: return lateralG
        case .longitudinalG: return longitudinalG
        case .xAcc: return xAcc
        case .yAcc: return yAcc
        case .zAcc: return zAcc
        case .yawRate: return yawRate
        }
    }

    var allArrays: [[Double]] {
        [timestamp, lapNumber, elapsedTime, distance, accuracy, heading, latitude, longitude,
         satellites, speed, lateralG, longitudinalG]
            + [altitude, xAcc, yAcc, zAcc, yawRate].compactMap { $0 }
    }

    /// Σ capacity × 8 bytes over all channel arrays.
    public var estimatedMemoryBytes: Int { allArrays.reduce(0) { $0 + $1.capacity * 8 } }
    /// Σ count × 8 bytes over all channel arrays.
    public var payloadBytes: Int { allArrays.reduce(0) { $0 + $1.count * 8 } }
}

/// The raw (unfiltered) rows' GPS-quality columns, kept for the GPS-quality report
/// (§8.5 reads only raw accuracy and satellites). Same stable time order as the channels.
public struct RawGPSQuality: Sendable {
    /// Accuracy of each raw row (m); NaN when missing.
    public var accuracy: [Double]
    /// Satellites of each raw row; NaN when missing.
    public var satellites: [Double]

    /// Number of raw rows.
    public var count: Int { accuracy.count }
    /// Σ capacity × 8 bytes.
    public var estimatedMemoryBytes: Int { (accuracy.capacity + satellites.capacity) * 8 }
    /// Σ count × 8 bytes.
    public var payloadBytes: Int { count * 2 * 8 }
}

/// Row bookkeeping of one parse.
public struct RowCounts: Sendable, Equatable, Codable {
    /// Non-blank data lines in the file.
    public var dataRows: Int
    /// Rows dropped because timestamp, elapsed time, position, speed or distance was missing (§2.3 step 2).
    public var incompleteRows: Int
    /// Rows kept as raw rows (§2.3 step 5).
    public var rawRows: Int
    /// Raw rows removed by the GPS quality filter (accuracy > 2.0 m or satellites < 6, or either missing).
    public var rowsFiltered: Int
    /// Rows that passed the filter and the plausibility checks (= the channels' length).
    public var filteredRows: Int
    /// Rows dropped (and values cleared) because they are physically impossible.
    public var implausible: ImplausibleRows

    public init(dataRows: Int, incompleteRows: Int, rawRows: Int, rowsFiltered: Int, filteredRows: Int,
                implausible: ImplausibleRows = ImplausibleRows()) {
        self.dataRows = dataRows
        self.incompleteRows = incompleteRows
        self.rawRows = rawRows
        self.rowsFiltered = rowsFiltered
        self.filteredRows = filteredRows
        self.implausible = implausible
    }

    enum CodingKeys: String, CodingKey {
        case dataRows = "data_rows", incompleteRows = "incomplete_rows", rawRows = "raw_rows"
        case rowsFiltered = "rows_filtered", filteredRows = "filtered_rows", implausible = "implausible_rows"
    }
}
