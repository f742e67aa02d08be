import CoachingProviders
import JSONValues

/// The body of `PUT /api/admin/llm-routing/tasks/{task}`: `{"chain": [{"provider": "anthropic", "model": "…"}, …]}`,
/// 1–10 steps, each provider one of the three vendors, each model 1–100 characters.
enum TaskChainBody {
    static func read(_ body: JSONBody) throws -> [LLMRoutingSettings.ChainStep] {
        let fields = try body.requireObject()
        guard case .array(let items)? = fields["chain"], (1...10).contains(items.count) else {
            throw AppError.validation([ValidationIssue(type: "value_error", loc: ["body", "chain"],
                                                       msg: "chain must be a list of 1 to 10 {provider, model} steps")])
        }
        return try items.enumerated().map { index, item in
            let loc = ["body", "chain", String(index)]
            guard case .string(let provider)? = item["provider"], ProviderKind(rawValue: provider) != nil else {
                throw AppError.validation([ValidationIssue(type: "literal_error", loc: loc + ["provider"],
                    msg: "provider must be one of \(BodyFields.listed(ProviderKind.allCases.map(\.rawValue)))")])
            }
            guard case .string(let model)? = item["model"], (1...100).contains(model.count), !model.utf8.contains(0) else {
                throw AppError.validation([ValidationIssue(type: "string_type", loc: loc + ["model"], msg: "model must be 1 to 100 characters")])
            }
            return LLMRoutingSettings.ChainStep(provider: provider, model: model)
        }
    }
}
