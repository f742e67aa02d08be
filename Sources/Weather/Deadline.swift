import Synchronization

/// Runs work against a wall-clock limit.
enum Deadline {
    /// The result of `operation`, unless `timeout` passes first: then `WeatherLookupError.timeout` is thrown at the
    /// deadline and the operation is cancelled. The caller never waits for an operation that ignores cancellation
    /// (async-http-client keeps retrying a refused connection until its own connect timeout); that work finishes on
    /// its own in the background. Errors of the operation are rethrown.
    static func run<T: Sendable>(within timeout: Duration, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        let outcome = Outcome<T>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
                outcome.install(continuation)
                let work = Task {
                    do { outcome.finish(.success(try await operation())) } catch { outcome.finish(.failure(error)) }
                }
                outcome.cancelWork { work.cancel() }
                Task {
                    try? await Task.sleep(for: timeout)
                    outcome.finish(.failure(WeatherLookupError.timeout))
                }
            }
        } onCancel: {
            outcome.finish(.failure(CancellationError()))
        }
    }

    /// The first of the operation's result, the timeout and a cancellation wins; the others are ignored.
    final class Outcome<T: Sendable>: Sendable {
        private struct State {
            var continuation: CheckedContinuation<T, any Error>?
            var early: Result<T, any Error>?
            var done = false
            var cancelWork: (@Sendable () -> Void)?
        }
        private let state = Mutex(State())

        func install(_ continuation: CheckedContinuation<T, any Error>) {
            let early: Result<T, any Error>? = state.withLock { state in
                if let early = state.early { state.done = true; return early }
                state.continuation = continuation
                return nil
            }
            if let early { continuation.resume(with: early) }
        }

        /// What stops the work when the timeout or a cancellation wins.
        func cancelWork(_ cancel: @escaping @Sendable () -> Void) {
            state.withLock { $0.cancelWork = cancel }
        }

        func finish(_ result: Result<T, any Error>) {
            let (continuation, cancel): (CheckedContinuation<T, any Error>?, (@Sendable () -> Void)?) = state.withLock { state in
                guard !state.done else { return (nil, nil) }
                guard let continuation = state.continuation else {
                    if state.early == nil { state.early = result }
                    return (nil, nil)
                }
                state.done = true
                state.continuation = nil
                return (continuation, state.cancelWork)
            }
            guard let continuation else { return }
            if case .failure = result { cancel?() }
            continuation.resume(with: result)
        }
    }
}
