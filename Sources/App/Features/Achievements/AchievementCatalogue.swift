import Storage
import Synchronization

/// The badge definitions, read from the database once: the migration seeds them and nothing changes them while the
/// server runs, so every evaluation and listing shares one copy.
final class AchievementCatalogue: Sendable {
    let store: any AchievementStore
    private let loaded = Mutex<[AchievementDefinition]?>(nil)

    init(store: any AchievementStore) { self.store = store }

    /// The definitions in catalogue order.
    func definitions() async throws -> [AchievementDefinition] {
        if let definitions = loaded.withLock({ $0 }) { return definitions }
        let definitions = try await store.definitions()
        loaded.withLock { $0 = definitions }
        return definitions
    }
}
