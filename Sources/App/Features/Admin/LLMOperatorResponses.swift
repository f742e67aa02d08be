import Storage
import TelemetryCore

/// `GET /api/admin/llm-routing/models`.
struct ModelList: Encodable {
    struct Model: Encodable {
        var provider: String
        var model: String
        var input_per_million_usd: Double
        var output_per_million_usd: Double
        /// Its provider has a key on this server.
        var available: Bool
    }
    var models: [Model]
    var tasks: [String]
    var available_providers: [String]
}

/// `GET /api/admin/llm-routing/tasks`.
struct TaskRouteList: Encodable {
    struct Route: Encodable {
        var chain: [LLMRoutingSettings.ChainStep]
        var updated_at: String
        @Nullable var updated_by: String?
    }
    var task_routes: [String: Route]
    var tasks: [String]
}

/// `PUT /api/admin/llm-routing/tasks/{task}`.
struct TaskRouteSet: Encodable {
    struct Config: Encodable {
        var chain: [LLMRoutingSettings.ChainStep]
    }
    var task: String
    var config: Config
}

/// `DELETE /api/admin/llm-routing/tasks/{task}`.
struct TaskRouteDeleted: Encodable {
    var status: String
    var task: String
}

/// `GET /api/admin/llm-usage/events`.
struct UsageEventList: Encodable {
    struct Event: Encodable {
        var id: String
        var created_at: String
        var task: String
        var provider: String
        var model: String
        var outcome: String
        @Nullable var error_kind: String?
        var latency_ms: Int
        @Nullable var input_tokens: Int?
        @Nullable var output_tokens: Int?
        @OptionalNumber var cost_usd: Double?

        init(_ row: LLMUsageRow) {
            id = row.id
            created_at = Timestamp.iso8601(row.createdAt)
            task = row.task
            provider = row.provider
            model = row.model
            outcome = row.outcome
            error_kind = row.errorKind
            latency_ms = row.latencyMS
            input_tokens = row.inputTokens
            output_tokens = row.outputTokens
            cost_usd = row.costUSD
        }
    }
    var events: [Event]
}
