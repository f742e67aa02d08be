import CoachingProviders

/// API-description entries of the operator's LLM routes (client-extras.md §10).
enum LLMOperatorDocs {
    static let status = JSONSchema.object([
        "enabled": .boolean, "source": .oneOf(["database", "default"]), "updated_at": JSONSchema.timestamp.nullable,
        "updated_by": JSONSchema.string.nullable,
    ])
    static let step = JSONSchema.object(["provider": .oneOf(ProviderKind.allCases.map(\.rawValue)), "model": .string])
    static let tasks = JSONSchema.array(.oneOf(LLMTask.allCases.map(\.rawValue)))
    /// The figures a dashboard group and its KPI block share.
    static let figures: [String: JSONSchema] = [
        "calls": .integer, "errors": .integer, "input_tokens": .integer, "output_tokens": .integer,
        "cost_usd": .number, "avg_latency_ms": .number, "p95_latency_ms": .number,
    ]
    static let group = JSONSchema.object(figures.merging(["key": .string]) { a, _ in a })

    static let readStatus = RouteDocs(.user, .json(status))
    static let setStatus = RouteDocs(.user, .json(status), body: .json(.object(["enabled": .boolean])))
    static let models = RouteDocs(.user, .json(.object([
        "models": .array(.object([
            "provider": .oneOf(ProviderKind.allCases.map(\.rawValue)), "model": .string, "input_per_million_usd": .number,
            "output_per_million_usd": .number, "available": .boolean,
        ])),
        "tasks": tasks, "available_providers": .array(.oneOf(ProviderKind.allCases.map(\.rawValue))),
    ])))
    static let taskRoutes = RouteDocs(.user, .json(.object([
        "task_routes": .map(.object(["chain": .array(step), "updated_at": .timestamp, "updated_by": JSONSchema.string.nullable])),
        "tasks": tasks,
    ])))
    static let setTaskRoute = RouteDocs(.user, .json(.object(["task": .string, "config": .object(["chain": .array(step)])])),
                                        errors: [400], body: .json(.object(["chain": .array(step, minItems: 1, maxItems: 10)])))
    static let deleteTaskRoute = RouteDocs(.user, .json(.object(["status": .string, "task": .string])), errors: [400, 404])
    static let dashboard = RouteDocs(.user, .json(.object([
        "days": .integer,
        "kpis": .object(figures.merging(["error_rate_pct": .number]) { a, _ in a }),
        "daily": .array(group), "by_task": .array(group), "by_provider": .array(group), "by_model": .array(group),
        "by_outcome": .array(group), "by_error_kind": .array(group), "by_route": .array(group),
    ])), query: [.init("days", .integer(minimum: 1, maximum: 365), description: "Period in days (default 30)")])
    static let events = RouteDocs(.user, .json(.object(["events": .array(.object([
        "id": .string, "created_at": .timestamp, "task": .string, "provider": .string, "model": .string,
        "outcome": .oneOf(["ok", "error"]), "error_kind": JSONSchema.string.nullable, "latency_ms": .integer,
        "input_tokens": JSONSchema.integer.nullable, "output_tokens": JSONSchema.integer.nullable, "cost_usd": JSONSchema.number.nullable,
    ]))])), query: [.init("limit", .integer, description: "Newest events (clamped to 1-500, default 100)")])
}
