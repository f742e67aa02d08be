import CoachingProviders
import Foundation
import Hummingbird
import Storage
import TelemetryCore

/// The operator console's LLM routes (client-extras.md §10 with its recommendations): the routing switch and the
/// per-task chains are stored in the database (every server follows them within `LLMRoutingSettings.interval`), every
/// write is audited in the same transaction, and usage comes from the calls the providers recorded. Operators only
/// (`admin.llm.*` with `platform_admin` in policy.yaml).
enum LLMOperatorRoutes {
    struct Dependencies: Sendable {
        let store: any LLMOperationsStore
        let settings: LLMRoutingSettings
        let llm: LLMProviders
        let clock: @Sendable () -> Date
    }

    struct RoutingStatus: Encodable {
        var enabled: Bool
        var source: String
        @Nullable var updated_at: String?
        @Nullable var updated_by: String?
    }

    static func routes(_ d: Dependencies) -> [RouteSpec] {
        func route(_ method: HTTPRequest.Method, _ path: String, _ summary: String, _ docs: RouteDocs,
                   _ handler: @escaping @Sendable (Request, AppRequestContext, UserAccount) async throws -> Response) -> RouteSpec {
            RouteSpec(method, "/api/admin/" + path, on: .account, tag: "Admin", summary: summary, docs: docs, handler: handler)
        }
        @Sendable func audit(_ caller: UserAccount, _ action: String, _ target: String, _ detail: String) -> AdminAuditEntry {
            AdminAuditEntry(actorID: caller.id, actorEmail: caller.email, action: action, target: target, detailJSON: detail, at: d.clock())
        }
        return [
            route(.get, "llm-routing/status", "Whether the operator's per-task routing is in force", LLMOperatorDocs.readStatus) { _, _, _ in
                try JSONCoding.response(try await status(d.store))
            },
            route(.put, "llm-routing/status", "Turn the operator's per-task routing on or off (audited)", LLMOperatorDocs.setStatus) {
                request, context, caller in
                let enabled = try await JSONBody.read(request, context: context).requiredBool("enabled")
                try await d.store.setSetting(StoredSetting(key: LLMRoutingSettings.enabledKey, valueJSON: enabled ? "true" : "false",
                                                           updatedAt: d.clock(), updatedBy: caller.email),
                                             audit: audit(caller, "llm_routing.set_status", "llm_routing", #"{"enabled":\#(enabled)}"#))
                try await d.settings.reload()
                context.logger.notice("LLM routing switched", metadata: ["enabled": "\(enabled)"])
                return try JSONCoding.response(try await status(d.store))
            },
            route(.get, "llm-routing/models", "The model catalogue with prices, the tasks and the providers with keys",
                  LLMOperatorDocs.models) { _, _, _ in
                let keyed = ProviderKind.allCases.filter { d.llm.configuration.key(for: $0) != nil }
                return try JSONCoding.response(ModelList(
                    models: ModelCatalogue.models.map {
                        ModelList.Model(provider: $0.provider.rawValue, model: $0.model, input_per_million_usd: $0.inputPerMillionUSD,
                                        output_per_million_usd: $0.outputPerMillionUSD, available: keyed.contains($0.provider))
                    },
                    tasks: LLMTask.allCases.map(\.rawValue), available_providers: keyed.map(\.rawValue)))
            },
            route(.get, "llm-routing/tasks", "The operator's fallback chain of each task that has one", LLMOperatorDocs.taskRoutes) { _, _, _ in
                let routes = try await d.store.taskRoutes()
                return try JSONCoding.response(TaskRouteList(
                    task_routes: Dictionary(uniqueKeysWithValues: routes.map {
                        ($0.key, TaskRouteList.Route(chain: LLMRoutingSettings.steps($0.valueJSON), updated_at: Timestamp.iso8601($0.updatedAt),
                                                     updated_by: $0.updatedBy))
                    }),
                    tasks: LLMTask.allCases.map(\.rawValue)))
            },
            route(.put, "llm-routing/tasks/{task}", "Set a task's fallback chain (audited)", LLMOperatorDocs.setTaskRoute) {
                request, context, caller in
                let task = try knownTask(context)
                let chain = try TaskChainBody.read(try await JSONBody.read(request, context: context))
                let json = String(decoding: try JSONEncoder().encode(chain), as: UTF8.self)
                try await d.store.setTaskRoute(StoredSetting(key: task.rawValue, valueJSON: json, updatedAt: d.clock(), updatedBy: caller.email),
                                               audit: audit(caller, "llm_routing.set_task", task.rawValue, json))
                try await d.settings.reload()
                return try JSONCoding.response(TaskRouteSet(task: task.rawValue, config: .init(chain: chain)))
            },
            route(.delete, "llm-routing/tasks/{task}", "Remove a task's operator chain (audited)", LLMOperatorDocs.deleteTaskRoute) {
                _, context, caller in
                let task = try knownTask(context)
                guard try await d.store.deleteTaskRoute(task.rawValue, audit: audit(caller, "llm_routing.delete_task", task.rawValue, "{}")) else {
                    throw AppError.notFound("No route is set for task '\(task.rawValue)'")
                }
                try await d.settings.reload()
                return try JSONCoding.response(TaskRouteDeleted(status: "deleted", task: task.rawValue))
            },
            route(.get, "llm-usage/dashboard", "Calls, cost, tokens and latency of the LLM providers (days 1-365)",
                  LLMOperatorDocs.dashboard) { request, context, _ in
                let days = try context.intQuery(request, "days", min: 1, max: 365) ?? 30
                let now = d.clock()
                let rows = try await d.store.usageEvents(since: now.addingTimeInterval(-Double(days) * 86_400))
                return try JSONCoding.response(LLMUsageDashboard.make(rows, days: days, now: now))
            },
            route(.get, "llm-usage/events", "The newest provider calls (limit clamped to 1-500)", LLMOperatorDocs.events) {
                request, context, _ in
                let limit = min(500, max(1, try context.intQuery(request, "limit") ?? 100))
                return try JSONCoding.response(UsageEventList(events: try await d.store.usageEvents(limit: limit).map(UsageEventList.Event.init)))
            },
        ]
    }

    static func status(_ store: any LLMOperationsStore) async throws -> RoutingStatus {
        guard let stored = try await store.setting(LLMRoutingSettings.enabledKey) else {
            return RoutingStatus(enabled: false, source: "default", updated_at: nil, updated_by: nil)
        }
        return RoutingStatus(enabled: LLMRoutingSettings.flag(stored), source: "database", updated_at: Timestamp.iso8601(stored.updatedAt),
                             updated_by: stored.updatedBy)
    }

    /// The path's task; an unknown one is 400 (client-extras.md §10).
    static func knownTask(_ context: AppRequestContext) throws -> LLMTask {
        let raw = context.parameters.get("task") ?? ""
        guard let task = LLMTask(rawValue: raw) else {
            throw AppError.badRequest("Unknown task '\(raw)'. Known tasks: \(LLMTask.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return task
    }
}
