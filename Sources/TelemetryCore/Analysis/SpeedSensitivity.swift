import Foundation

/// `GET /api/sessions/{sid}/speed-sensitivity` (client-extras.md §6): seconds each corner would give back with a
/// minimum speed 1 mph higher, under the same vehicle parameters as the optimal profile.
public struct SpeedSensitivityResponse: Sendable, Codable, Equatable {
    /// One best-lap corner.
    public struct CornerSensitivity: Sendable, Codable, Equatable {
        public var cornerNumber: Int
        @FiniteNumber public var sensitivityS: Double
        @FiniteNumber public var minSpeedMph: Double
        @FiniteNumber public var arcLengthM: Double
        enum CodingKeys: String, CodingKey {
            case cornerNumber = "corner_number", sensitivityS = "sensitivity_s", minSpeedMph = "min_speed_mph"
            case arcLengthM = "arc_length_m"
        }
    }

    public var sessionID: String
    public var corners: [CornerSensitivity]
    /// The parameters the model used: the optimal profile's (§8.6), `calibrated` when fitted to the telemetry.
    public var vehicleParams: VehicleParams
    enum CodingKeys: String, CodingKey { case sessionID = "session_id", corners, vehicleParams = "vehicle_params" }
}

/// The three-phase corner-time model of client-extras.md §6 (pure).
public enum SpeedSensitivity {
    /// 1 mph in m/s.
    public static let oneMph = 0.44704
    /// Speeds below this are treated as this (m/s): the model's floor for a corner minimum.
    static let floorMps = 5.0
    static let samples = 200

    /// Time (s) over an arc of `arc` m entered at `ve`, left at `vx`, with minimum `m`: braking at `decelG`, a constant
    /// middle, accelerating at `accelG`.
    static func time(minimum m: Double, entry ve: Double, exit vx: Double, arc: Double, accelG: Double, decelG: Double) -> Double {
        let g = AnalysisConstants.gravity
        let mm = max(m, floorMps), ee = max(ve, mm), xx = max(vx, mm)
        let ab = decelG * g, aa = accelG * g
        var db = ab > 0 && ee > mm ? (ee * ee - mm * mm) / (2 * ab) : 0
        var da = aa > 0 && xx > mm ? (xx * xx - mm * mm) / (2 * aa) : 0
        if db + da > arc {
            let scale = arc / (db + da)
            db *= scale
            da *= scale
        }
        let dm = arc - db - da
        let ds = arc / Double(samples - 1)
        var u = [Double](repeating: 0, count: samples)
        for i in 0..<samples {
            let s = Double(i) * ds
            if db > 0 && s <= db { u[i] = max(ee * ee - 2 * ab * s, mm * mm).squareRoot() }
            else if s <= db + dm { u[i] = mm }
            else { u[i] = max(mm * mm + 2 * aa * (s - db - dm), mm * mm).squareRoot() }
        }
        var t = 0.0
        for i in 0..<(samples - 1) { t += 2 * ds / max(u[i] + u[i + 1], 1e-6) }
        return t
    }

    /// Per corner of the best lap (distances `d`, speeds `v`): the time saved by 1 mph more minimum speed.
    public static func compute(sessionID: String, distance d: [Double], speed v: [Double], corners: [Corner],
                               params: VehicleParams) -> SpeedSensitivityResponse {
        var out: [SpeedSensitivityResponse.CornerSensitivity] = []
        if !d.isEmpty {
            for c in corners {
                let arc = c.exitDistanceM - c.entryDistanceM
                guard arc > 0 else { continue }
                let ve = Numerics.interpC(c.entryDistanceM, d, v), vx = Numerics.interpC(c.exitDistanceM, d, v)
                let vm = c.minSpeedMps
                var gain = 0.0
                if vm > 0 {
                    let t0 = time(minimum: vm, entry: ve, exit: vx, arc: arc, accelG: params.maxAccelG, decelG: params.maxDecelG)
                    let t1 = time(minimum: vm + oneMph, entry: ve, exit: vx, arc: arc, accelG: params.maxAccelG,
                                  decelG: params.maxDecelG)
                    gain = max(0, t0 - t1)
                }
                out.append(.init(cornerNumber: c.number, sensitivityS: Numerics.round(gain, 4),
                                 minSpeedMph: Numerics.round(vm * AnalysisConstants.mpsToMph, 2),
                                 arcLengthM: Numerics.round(arc, 2)))
            }
        }
        return SpeedSensitivityResponse(sessionID: sessionID, corners: out, vehicleParams: params)
    }
}
