/// The retries of platform.md §3.2 step 2, per provider of a chain: up to `maxAttempts` calls; after an unparseable
/// answer wait `unparseableWait × attempt`, after a rate limit `rateLimitWait × attempt`; any other error ends that
/// provider's turn at once (the chain then moves on).
public struct RetryPolicy: Sendable, Equatable {
    /// Calls per provider, the first included.
    public var maxAttempts: Int
    /// Multiplied by the attempt number after an unparseable answer.
    public var unparseableWait: Duration
    /// Multiplied by the attempt number after a rate limit (the vendor's `Retry-After` is not used).
    public var rateLimitWait: Duration

    public init(maxAttempts: Int = 3, unparseableWait: Duration = .seconds(5), rateLimitWait: Duration = .seconds(30)) {
        self.maxAttempts = maxAttempts
        self.unparseableWait = unparseableWait
        self.rateLimitWait = rateLimitWait
    }

    /// How long to wait before the call after failed attempt `attempt` (1-based); nil: do not retry.
    public func wait(after error: any Error, attempt: Int) -> Duration? {
        guard attempt < maxAttempts else { return nil }
        switch error {
        case LLMProviderError.rateLimited: return rateLimitWait * attempt
        case LLMProviderError.malformedResponse, is UnparseableOutput: return unparseableWait * attempt
        default: return nil
        }
    }
}
