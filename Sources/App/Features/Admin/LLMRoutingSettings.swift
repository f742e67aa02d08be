import CoachingProviders
import Foundation
import Logging
import ServiceLifecycle
import Storage

/// The operator's LLM routing as stored (`runtime_settings.llm_routing_enabled`, `llm_task_routes`), loaded into the
/// providers' `RouteOverrides`: at start, after each write on this server, and every `interval` (so every server of a
/// deployment follows a change made on another within that time).
struct LLMRoutingSettings: Service {
    static let enabledKey = "llm_routing_enabled"

    /// One link of a stored chain, as the console writes it: `{"provider": "anthropic", "model": "…"}`.
    struct ChainStep: Codable, Equatable, Sendable {
        var provider: String
        var model: String
    }

    let store: any LLMOperationsStore
    let overrides: RouteOverrides
    let logger: Logger
    let interval: Duration

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do { try await reload() } catch {
                    logger.error("LLM routing not reloaded", metadata: ["error_type": "\(type(of: error))"])
                }
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// Reads the stored routing into the overrides.
    func reload() async throws {
        let enabled = try await store.setting(Self.enabledKey).map(Self.flag) ?? false
        var chains: [LLMTask: [RouteStep]] = [:]
        for route in try await store.taskRoutes() {
            guard let task = LLMTask(rawValue: route.key) else { continue }
            chains[task] = Self.steps(route.valueJSON).compactMap { step in
                ProviderKind(rawValue: step.provider).map { RouteStep($0, step.model) }
            }
        }
        overrides.update(RouteOverrides.State(enabled: enabled, chains: chains))
    }

    static func flag(_ setting: StoredSetting) -> Bool { setting.valueJSON == "true" }

    static func steps(_ json: String) -> [ChainStep] {
        (try? JSONDecoder().decode([ChainStep].self, from: Data(json.utf8))) ?? []
    }
}
