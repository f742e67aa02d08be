/// A problem that stops the server before it binds a port.
public struct StartupError: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}
