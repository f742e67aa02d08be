import Foundation

/// A sliding one-minute window of message arrivals: admits at most `limit` messages in any `window` seconds.
struct MessageWindow: Sendable {
    let limit: Int
    let window: TimeInterval
    private var arrivals: [Date] = []

    init(limit: Int, window: TimeInterval = 60) {
        self.limit = limit
        self.window = window
    }

    /// Records an arrival at `now`; false when it is one too many.
    mutating func admit(at now: Date) -> Bool {
        arrivals.removeAll { now.timeIntervalSince($0) >= window }
        guard arrivals.count < limit else { return false }
        arrivals.append(now)
        return true
    }
}
