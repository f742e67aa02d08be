import Foundation

/// One provider call, as the operator's usage dashboard counts it: which task asked which model, how long it took,
/// what it used and cost, and how it ended.
public struct LLMUsageEvent: Sendable, Equatable {
    public enum Outcome: String, Sendable, Codable, CaseIterable {
        case ok, error
    }

    public var task: LLMTask
    public var route: RouteStep
    public var outcome: Outcome
    /// The error's kind when the call failed (`timeout`, `rate_limited`, `http_500`, …).
    public var errorKind: String?
    public var latencyMS: Int
    public var usage: TokenUsage?
    /// Cost in US dollars from the model catalogue's prices; nil when the tokens or the price are unknown.
    public var costUSD: Double?
    public var at: Date

    public init(task: LLMTask, route: RouteStep, outcome: Outcome, errorKind: String?, latencyMS: Int, usage: TokenUsage?,
                costUSD: Double?, at: Date) {
        self.task = task
        self.route = route
        self.outcome = outcome
        self.errorKind = errorKind
        self.latencyMS = latencyMS
        self.usage = usage
        self.costUSD = costUSD
        self.at = at
    }
}

extension LLMUsageEvent {
    /// A short, secret-free name of why a call failed.
    public static func errorKind(of error: any Error) -> String {
        switch error {
        case LLMProviderError.rateLimited: "rate_limited"
        case LLMProviderError.server(let status): "http_\(status)"
        case LLMProviderError.badRequest(let status, _): "http_\(status)"
        case LLMProviderError.timeout: "timeout"
        case LLMProviderError.malformedResponse: "malformed_response"
        case LLMProviderError.transport: "transport"
        case is CancellationError: "cancelled"
        default: "other"
        }
    }
}

/// Where provider calls are recorded (the app stores them in the database). Recording never fails a call.
public protocol LLMUsageRecorder: Sendable {
    func record(_ event: LLMUsageEvent) async
}
