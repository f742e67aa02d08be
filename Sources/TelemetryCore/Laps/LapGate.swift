import Foundation

/// A start/finish gate a session's laps can be timed at: a segment across the track (centre,
/// half-width) and the direction of travel through it. The app stores one per track location
/// (learned from a session with lap numbers) and passes them back to `SessionIngest`.
public struct LapGate: Sendable, Equatable, Codable {
    /// Gate centre (deg).
    public var centerLatitude: Double
    public var centerLongitude: Double
    /// Direction of travel through the gate, degrees clockwise from north, [0, 360).
    public var directionDeg: Double
    /// Half the gate's length across the track (m).
    public var halfWidthM: Double

    /// Half-width of learned and automatic gates (m): half a wide circuit plus GPS error, and
    /// less than a pit lane's usual offset from the track, so the pit lane passes outside.
    public static let defaultHalfWidthM = 15.0

    enum CodingKeys: String, CodingKey {
        case centerLatitude = "center_lat", centerLongitude = "center_lon", directionDeg = "direction_deg"
        case halfWidthM = "half_width_m"
    }

    /// A gate of `halfWidthM` through a centre, crossed in `directionDeg`.
    public init(centerLatitude: Double, centerLongitude: Double, directionDeg: Double,
                halfWidthM: Double = LapGate.defaultHalfWidthM) {
        self.centerLatitude = centerLatitude
        self.centerLongitude = centerLongitude
        self.directionDeg = Numerics.mod360(directionDeg)
        self.halfWidthM = halfWidthM
    }

    /// The gate learned from a lap-numbered session's start/finish crossings.
    public init(learnedFrom gate: StartFinishGate, halfWidthM: Double = LapGate.defaultHalfWidthM) {
        self.init(centerLatitude: gate.centerLatitude, centerLongitude: gate.centerLongitude,
                  directionDeg: gate.directionDeg, halfWidthM: halfWidthM)
    }

    /// End points of the gate segment, (lat, lon): `a` on the left of the direction of travel, `b` on the right.
    public var endpoints: (a: (lat: Double, lon: Double), b: (lat: Double, lon: Double)) {
        let k = Geo.metersPerDegree
        let rx = cos(directionDeg * .pi / 180), ry = -sin(directionDeg * .pi / 180)   // unit vector to the right (east, north)
        let dLon = rx * halfWidthM / (k * cos(centerLatitude * .pi / 180)), dLat = ry * halfWidthM / k
        return ((centerLatitude - dLat, centerLongitude - dLon), (centerLatitude + dLat, centerLongitude + dLon))
    }

    /// The same geometry as a `StartFinishGate` (for its `offset`).
    var startFinish: StartFinishGate {
        StartFinishGate(centerLatitude: centerLatitude, centerLongitude: centerLongitude, directionDeg: directionDeg, changesUsed: 0)
    }
}
