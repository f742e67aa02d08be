/// Everything a session's analysis reads besides its laps, as stored: its setup and its lap tags.
public struct SessionInputsRecord: Sendable, Equatable {
    public var setup: SessionSetupRecord
    /// Lap number → tags, sorted.
    public var lapTags: [Int: [String]]

    public init(setup: SessionSetupRecord, lapTags: [Int: [String]]) {
        self.setup = setup
        self.lapTags = lapTags
    }
}
