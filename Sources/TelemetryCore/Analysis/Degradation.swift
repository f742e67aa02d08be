import Foundation

/// A brake-fade or tyre-degradation trend at one corner.
public struct DegradationEvent: Sendable, Encodable, Equatable {
    public var cornerNumber: Int
    public var metric: String
    public var startLap: Int
    public var endLap: Int
    @FiniteNumber public var slope: Double
    @FiniteNumber public var rSquared: Double
    public var severity: String
    public var description: String
    @NumberList public var values: [Double]
    public var lapNumbers: [Int]
    enum CodingKeys: String, CodingKey {
        case cornerNumber = "corner_number", metric, startLap = "start_lap", endLap = "end_lap", slope
        case rSquared = "r_squared", severity, description, values, lapNumbers = "lap_numbers"
    }
}

/// `GET /api/sessions/{sid}/degradation` (analysis.md §8.2).
public struct DegradationResponse: Sendable, Encodable {
    public var sessionID: String
    public var events: [DegradationEvent]
    public var hasBrakeFade: Bool
    public var hasTireDegradation: Bool
    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", events, hasBrakeFade = "has_brake_fade", hasTireDegradation = "has_tire_degradation"
    }
}

/// Degradation trends (analysis.md §8.2).
public enum DegradationAnalysis {
    /// Events over `cornersByLap` (non-anomalous laps).
    public static func events(_ cornersByLap: [Int: [Corner]]) -> [DegradationEvent] {
        let laps = cornersByLap.keys.sorted()
        guard laps.count >= 4, let first = cornersByLap[laps[0]] else { return [] }
        var out: [DegradationEvent] = []
        for number in first.map(\.number) {
            var brakeLaps: [Int] = [], brake: [Double] = [], speedLaps: [Int] = [], speed: [Double] = []
            for lap in laps {
                guard let c = cornersByLap[lap]?.first(where: { $0.number == number }) else { continue }
                if let g = c.peakBrakeG, g != 0 { brakeLaps.append(lap); brake.append(g) }
                speedLaps.append(lap); speed.append(c.minSpeedMps)
            }
            if let event = trend(number, "brake_fade", brakeLaps, brake, worsens: { $0 > 0.01 }, unit: 0.01,
                                 change: "Brake fade", measure: "Peak brake G decreased by", format: "%.3f", units: "G/lap") {
                out.append(event)
            }
            if let event = trend(number, "tire_degradation", speedLaps, speed, worsens: { $0 < -0.1 }, unit: 0.1,
                                 change: "Tire degradation", measure: "Min speed decreased by", format: "%.2f",
                                 units: "m/s per lap") {
                out.append(event)
            }
        }
        return out
    }

    /// One metric's trend over laps: at least 4 values, a slope that `worsens`, R² ≥ 0.5; severity by |slope| / `unit`.
    static func trend(_ corner: Int, _ metric: String, _ laps: [Int], _ values: [Double], worsens: (Double) -> Bool,
                      unit: Double, change: String, measure: String, format: String, units: String) -> DegradationEvent? {
        guard values.count >= 4, let fit = Numerics.lineFit(laps.map(Double.init), values), worsens(fit.slope),
              fit.r2 >= 0.5 else { return nil }
        let sev = severity(abs(fit.slope) / unit)
        return DegradationEvent(
            cornerNumber: corner, metric: metric, startLap: laps.first!, endLap: laps.last!,
            slope: Numerics.round(fit.slope, 6), rSquared: Numerics.round(fit.r2, 4), severity: sev,
            description: "Corner \(corner): \(change) detected (\(sev)). \(measure) "
                + String(format: format, abs(fit.slope)) + " \(units) over laps \(laps.first!)-\(laps.last!) (R²="
                + String(format: "%.2f", fit.r2) + ").",
            values: values.map { Numerics.round($0, 4) }, lapNumbers: laps)
    }

    static func severity(_ ratio: Double) -> String { ratio >= 3 ? "severe" : ratio >= 2 ? "moderate" : "mild" }
}
