import Foundation
import TelemetryCore

/// The two sides of a share-link comparison (platform.md §2.12, §6.2), for the AI-comparison narrative: both best
/// laps, the delta, and per corner both minimum speeds and the time B gains or loses there. Every number finite.
public struct ComparisonFacts: Sendable, Codable, Equatable {
    /// Display name of driver A (the shared session).
    public var nameA: String
    /// Display name of driver B (the challenger).
    public var nameB: String
    /// A's track name.
    public var trackName: String
    /// A's best lap time (s); `nil` when not finite in the comparison.
    public var bestLapAS: Double?
    /// B's best lap time (s); `nil` when not finite in the comparison.
    public var bestLapBS: Double?
    /// B's best lap minus A's (s, positive: B slower).
    public var deltaS: Double?
    /// A's corners, in order.
    public var corners: [ComparisonCorner]

    /// The facts of `comparison`; a corner's time is the change of the comparison's `delta_time_s` over
    /// `distance_m` between its entry and exit distance. Blank names become `Driver A` / `Driver B`.
    public init(comparison: SessionComparisonResponse, nameA: String, nameB: String) {
        func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
        func rounded(_ x: Double?, _ digits: Int) -> Double? { FactNumber.optional(x, digits) }
        let a = nameA.trimmingCharacters(in: .whitespacesAndNewlines)
        let b = nameB.trimmingCharacters(in: .whitespacesAndNewlines)
        self.nameA = a.isEmpty ? "Driver A" : a
        self.nameB = b.isEmpty ? "Driver B" : b
        trackName = comparison.sessionATrack
        bestLapAS = rounded(comparison.sessionABestLap, 3)
        bestLapBS = rounded(comparison.sessionBBestLap, 3)
        if let d = finite(comparison.deltaS) {
            deltaS = rounded(d, 3)
        } else if let x = bestLapAS, let y = bestLapBS {
            deltaS = rounded(y - x, 3)
        } else {
            deltaS = nil
        }
        let trace = DeltaTrace(distanceM: comparison.distanceM, deltaTimeS: comparison.deltaTimeS)
        corners = comparison.cornerDeltas.map { c in
            ComparisonCorner(number: c.cornerNumber, entryM: FactNumber.required(c.entryDistanceM, 1),
                             exitM: FactNumber.required(c.exitDistanceM, 1), aMinSpeedMph: rounded(c.aMinSpeedMph, 2),
                             bMinSpeedMph: rounded(c.bMinSpeedMph, 2),
                             bLossS: rounded(trace.change(from: c.entryDistanceM, to: c.exitDistanceM), 3))
        }
    }
}
