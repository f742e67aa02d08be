import Synchronization

/// The operator's routing, changed at run time (`/api/admin/llm-routing/…`): when `enabled`, a task with an
/// operator chain uses it instead of the configured one (still only the steps whose vendor has a key).
public final class RouteOverrides: Sendable {
    public struct State: Sendable, Equatable {
        public var enabled: Bool
        public var chains: [LLMTask: [RouteStep]]

        public init(enabled: Bool = false, chains: [LLMTask: [RouteStep]] = [:]) {
            self.enabled = enabled
            self.chains = chains
        }
    }

    private let state = Mutex(State())

    public init() {}

    /// Replaces what the operator has set (read from the database).
    public func update(_ new: State) { state.withLock { $0 = new } }

    /// The operator's chain for `task`, when routing is enabled and one is set.
    public func chain(for task: LLMTask) -> [RouteStep]? {
        state.withLock { $0.enabled ? $0.chains[task] : nil }
    }
}
