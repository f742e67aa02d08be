import Foundation
import TelemetryCore

/// How long the last reports took to write in this process, for the placeholder's `generation_estimated_s`
/// (§3.2: the mean of the last 20, else 60 s).
actor GenerationDurations {
    static let kept = 20
    static let fallback = 60.0
    private var seconds: [Double] = []

    func record(_ duration: TimeInterval) {
        guard duration.isFinite, duration >= 0 else { return }
        seconds.append(duration)
        if seconds.count > Self.kept { seconds.removeFirst(seconds.count - Self.kept) }
    }

    func estimate() -> Double {
        guard !seconds.isEmpty else { return Self.fallback }
        return Numerics.round(seconds.reduce(0, +) / Double(seconds.count), 3)
    }
}
