import TelemetryCore

/// What a session's analysis reads besides its telemetry: the lap tags (which laps are clean) and the equipment and
/// conditions the physics uses. A cached analysis serves only the inputs it was computed for.
struct AnalysisInputs: Sendable, Hashable {
    var tags: [Int: Set<String>]
    var setup: VehicleSetup?

    init(tags: [Int: Set<String>] = [:], setup: VehicleSetup? = nil) {
        self.tags = tags
        self.setup = setup
    }
}
