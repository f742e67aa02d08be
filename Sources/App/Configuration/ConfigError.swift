/// A configuration problem: one line naming the variable and what is wrong.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public var variable: String
    public var problem: String
    public var description: String { "configuration error: \(variable) \(problem)" }
}
