/// A bad LLM setting: the variable and what is wrong with it (never the value of a key).
public struct ProviderConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The environment variable.
    public var variable: String
    /// What is wrong with its value.
    public var problem: String

    public init(variable: String, problem: String) {
        self.variable = variable
        self.problem = problem
    }

    public var description: String { "configuration error: \(variable) \(problem)" }
}
