/// Runs work against a wall-clock limit.
enum Deadline {
    /// The result of `operation`, unless `timeout` passes first: the operation is then cancelled and
    /// `WeatherLookupError.timeout` thrown. Errors of the operation are rethrown.
    static func run<T: Sendable>(within timeout: Duration, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw WeatherLookupError.timeout }
            return value
        }
    }
}
