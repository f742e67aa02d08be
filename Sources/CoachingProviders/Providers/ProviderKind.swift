/// The LLM vendors a task can be routed to, each with the environment variables that configure it.
public enum ProviderKind: String, Sendable, Codable, CaseIterable, Hashable {
    case anthropic, openai, google

    /// The variable holding the API key (`ANTHROPIC_API_KEY`, `OPENAI_API_KEY`, `GOOGLE_API_KEY`).
    public var keyVariable: String { "\(rawValue.uppercased())_API_KEY" }

    /// The variable that overrides the base URL (`ANTHROPIC_BASE_URL`, …), e.g. for a proxy or a test stub.
    public var baseURLVariable: String { "\(rawValue.uppercased())_BASE_URL" }

    /// The vendor's public endpoint, without the API version path.
    public var defaultBaseURL: String {
        switch self {
        case .anthropic: "https://api.anthropic.com"
        case .openai: "https://api.openai.com"
        case .google: "https://generativelanguage.googleapis.com"
        }
    }
}
