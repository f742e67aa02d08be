/// Which reports the rubric judge sees (§3.3 step 2): every N-th, N starting at the lower bound (5) and adapting
/// within the bounds (5…200) to the failure rate of the last 10 checks. Two or more failures in the window send N
/// back to the lower bound; a full window without a failure doubles it after each further passing check; one
/// failure keeps it.
public actor JudgeSampler {
    /// How many recent checks the failure rate is taken over.
    public static let windowSize = 10

    /// The bounds of N.
    public let intervals: ClosedRange<Int>
    /// The current N.
    public private(set) var interval: Int
    private var reportsSinceCheck = 0
    private var window: [Bool] = []

    /// Starts at N = the lower bound.
    public init(intervals: ClosedRange<Int> = 5...200) {
        self.intervals = intervals
        self.interval = intervals.lowerBound
    }

    /// Counts one report; true when it is the one to judge.
    public func shouldJudge() -> Bool {
        reportsSinceCheck += 1
        guard reportsSinceCheck >= interval else { return false }
        reportsSinceCheck = 0
        return true
    }

    /// Records a check's outcome and adapts N.
    public func record(failed: Bool) {
        window.append(failed)
        if window.count > Self.windowSize { window.removeFirst(window.count - Self.windowSize) }
        let failures = window.filter { $0 }.count
        if failures >= 2 {
            interval = intervals.lowerBound
        } else if failures == 0, window.count == Self.windowSize {
            interval = min(intervals.upperBound, interval * 2)
        }
    }

    /// The failure rate over the window (0 when nothing was checked yet).
    public var failureRate: Double {
        window.isEmpty ? 0 : Double(window.filter { $0 }.count) / Double(window.count)
    }
}
