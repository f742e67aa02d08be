import Synchronization

/// A value several tasks of a test read and change, behind a lock (what a `Mutex` holds, shareable by reference).
public final class Locked<Value: Sendable>: Sendable {
    private let storage: Mutex<Value>

    public init(_ value: Value) { storage = Mutex(value) }

    /// The current value.
    public var value: Value { storage.withLock { $0 } }

    /// Changes the value under the lock; returns what `body` returns.
    @discardableResult
    public func withLock<Result: Sendable>(_ body: (inout sending Value) -> sending Result) -> Result {
        storage.withLock(body)
    }
}
