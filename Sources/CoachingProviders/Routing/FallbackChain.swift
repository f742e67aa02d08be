import Logging

/// Runs one call through a chain of providers (§3.7) with the retries of §3.2: each provider is called until the
/// call succeeds, fails with an error that is not retried, or has used its attempts; then the next one is tried.
struct FallbackChain: Sendable {
    let task: LLMTask
    let providers: [any LLMProvider]
    let retry: RetryPolicy
    let logger: Logger

    func run<Value: Sendable>(_ call: (any LLMProvider) async throws -> Value) async throws -> RoutedCompletion<Value> {
        guard !providers.isEmpty else { throw LLMRoutingError.unavailable(task) }
        var failures: [String] = []
        for provider in providers {
            let route = RouteStep(provider.kind, provider.model)
            do {
                return RoutedCompletion(value: try await attempts(of: provider, call), route: route)
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                logger.warning("LLM provider failed, trying the next one", metadata: [
                    "task": "\(task.rawValue)", "route": "\(route)", "error": "\(error)",
                ])
                failures.append("\(route): \(error)")
            }
        }
        throw LLMRoutingError.exhausted(task, failures: failures)
    }

    /// One provider's turn: up to `retry.maxAttempts` calls, waiting as `retry` says between them.
    private func attempts<Value>(of provider: any LLMProvider,
                                 _ call: (any LLMProvider) async throws -> Value) async throws -> Value {
        var attempt = 1
        while true {
            do {
                return try await call(provider)
            } catch {
                guard !(error is CancellationError), let wait = retry.wait(after: error, attempt: attempt) else { throw error }
                logger.info("LLM call will be retried", metadata: [
                    "task": "\(task.rawValue)", "route": "\(provider.routeName)", "attempt": "\(attempt)",
                    "wait": "\(wait)", "error": "\(error)",
                ])
                try await Task.sleep(for: wait)
                attempt += 1
            }
        }
    }
}
