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
            if brake.count >= 4, let fit = AnalysisMath.lineFit(brakeLaps.map(Double.init), brake),
               fit.slope > 0.01, fit.r2 >= 0.5 {
                let sev = severity(abs(fit.slope) / 0.01)
                out.append(DegradationEvent(
                    cornerNumber: number, metric: "brake_fade", startLap: brakeLaps.first!, endLap: brakeLaps.last!,
                    slope: Numerics.round(fit.slope, 6), rSquared: Numerics.round(fit.r2, 4), severity: sev,
                    description: "Corner \(number): Brake fade detected (\(sev)). Peak brake G decreased by "
                        + String(format: "%.3f", abs(fit.slope)) + " G/lap over laps \(brakeLaps.first!)-\(brakeLaps.last!) (R²="
                        + String(format: "%.2f", fit.r2) + ").",
                    values: brake.map { Numerics.round($0, 4) }, lapNumbers: brakeLaps))
            }
            if speed.count >= 4, let fit = AnalysisMath.lineFit(speedLaps.map(Double.init), speed),
               fit.slope < -0.1, fit.r2 >= 0.5 {
                let sev = severity(abs(fit.slope) / 0.1)
                out.append(DegradationEvent(
                    cornerNumber: number, metric: "tire_degradation", startLap: speedLaps.first!, endLap: speedLaps.last!,
                    slope: Numerics.round(fit.slope, 6), rSquared: Numerics.round(fit.r2, 4), severity: sev,
                    description: "Corner \(number): Tire degradation detected (\(sev)). Min speed decreased by "
                        + String(format: "%.2f", abs(fit.slope)) + " m/s per lap over laps \(speedLaps.first!)-\(speedLaps.last!) (R²="
                        + String(format: "%.2f", fit.r2) + ").",
                    values: speed.map { Numerics.round($0, 4) }, lapNumbers: speedLaps))
            }
        }
        return out
    }

    static func severity(_ ratio: Double) -> String { ratio >= 3 ? "severe" : ratio >= 2 ? "moderate" : "mild" }
}
