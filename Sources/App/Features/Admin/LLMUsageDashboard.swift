import Foundation
import Storage
import TelemetryCore

/// `GET /api/admin/llm-usage/dashboard`: a KPI block and seven series over the calls of the last `days` days
/// (pure: stored calls in, figures out).
struct LLMUsageDashboard: Encodable, Equatable {
    struct KPIs: Encodable, Equatable {
        var calls: Int
        var errors: Int
        var error_rate_pct: Double
        var cost_usd: Double
        var input_tokens: Int
        var output_tokens: Int
        var avg_latency_ms: Double
        var p95_latency_ms: Double
    }

    /// One group of calls (a day, a task, a provider, …).
    struct Group: Encodable, Equatable {
        var key: String
        var calls: Int
        var errors: Int
        var cost_usd: Double
        var input_tokens: Int
        var output_tokens: Int
        var avg_latency_ms: Double
        var p95_latency_ms: Double
    }

    var days: Int
    var kpis: KPIs
    /// One entry per UTC day of the period, oldest first (days without calls included).
    var daily: [Group]
    var by_task: [Group]
    var by_provider: [Group]
    var by_model: [Group]
    var by_outcome: [Group]
    var by_error_kind: [Group]
    /// Per task and model (`task / provider:model`): which route each task really used.
    var by_route: [Group]

    static func make(_ rows: [LLMUsageRow], days: Int, now: Date) -> LLMUsageDashboard {
        let all = group("all", rows)
        let dayKeys = (0..<days).reversed().map { UTCDay(now.addingTimeInterval(-Double($0) * 86_400)).text }
        let byDay = Dictionary(grouping: rows) { UTCDay($0.createdAt).text }
        func breakdown(_ key: (LLMUsageRow) -> String?) -> [Group] {
            Dictionary(grouping: rows.filter { key($0) != nil }) { key($0)! }
                .map { group($0.key, $0.value) }
                .sorted { ($0.calls, $1.key) > ($1.calls, $0.key) }
        }
        return LLMUsageDashboard(
            days: days,
            kpis: KPIs(calls: all.calls, errors: all.errors,
                       error_rate_pct: all.calls == 0 ? 0 : Numerics.round(Double(all.errors) / Double(all.calls) * 100, 1),
                       cost_usd: all.cost_usd, input_tokens: all.input_tokens, output_tokens: all.output_tokens,
                       avg_latency_ms: all.avg_latency_ms, p95_latency_ms: all.p95_latency_ms),
            daily: dayKeys.map { group($0, byDay[$0] ?? []) },
            by_task: breakdown(\.task), by_provider: breakdown(\.provider), by_model: breakdown { "\($0.provider):\($0.model)" },
            by_outcome: breakdown(\.outcome), by_error_kind: breakdown(\.errorKind),
            by_route: breakdown { "\($0.task) / \($0.provider):\($0.model)" })
    }

    static func group(_ key: String, _ rows: [LLMUsageRow]) -> Group {
        let latencies = rows.map { Double($0.latencyMS) }
        return Group(key: key, calls: rows.count, errors: rows.filter { $0.outcome == "error" }.count,
                     cost_usd: Numerics.round(rows.compactMap(\.costUSD).reduce(0, +), 6),
                     input_tokens: rows.compactMap(\.inputTokens).reduce(0, +), output_tokens: rows.compactMap(\.outputTokens).reduce(0, +),
                     avg_latency_ms: Numerics.round(Numerics.mean(latencies) ?? 0, 1),
                     p95_latency_ms: Numerics.round(Numerics.percentile(latencies, 95) ?? 0, 1))
    }
}
