/// One corner's grades (platform.md §3.1): a letter `A`–`F` (a `+`/`-` suffix is tolerated), `N/A` where a skill
/// does not apply (braking, trail braking, throttle), `?` when missing. Every grade carries the reason it was given.
public struct CornerGrade: Sendable, Codable, Equatable {
    public var corner: Int
    public var braking: String
    public var trail_braking: String
    public var min_speed: String
    public var throttle: String
    public var notes: String
    public var braking_reason: String
    public var trail_braking_reason: String
    public var min_speed_reason: String
    public var throttle_reason: String

    public init(corner: Int, braking: String, trail_braking: String, min_speed: String, throttle: String, notes: String,
                braking_reason: String, trail_braking_reason: String, min_speed_reason: String, throttle_reason: String) {
        self.corner = corner
        self.braking = braking
        self.trail_braking = trail_braking
        self.min_speed = min_speed
        self.throttle = throttle
        self.notes = notes
        self.braking_reason = braking_reason
        self.trail_braking_reason = trail_braking_reason
        self.min_speed_reason = min_speed_reason
        self.throttle_reason = throttle_reason
    }
}
