/// A problem in a policy, routes or test file; the message names the file and the rule or entry.
public struct PolicyError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var location: String?
    public var message: String

    public init(file: String, location: String? = nil, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    public var description: String {
        if let location { return "\(file): \(location): \(message)" }
        return "\(file): \(message)"
    }
}
