/// What a routed call produced, and which step of the chain produced it.
public struct RoutedCompletion<Value: Sendable>: Sendable {
    /// The parsed answer.
    public var value: Value
    /// The provider and model that answered.
    public var route: RouteStep

    public init(value: Value, route: RouteStep) {
        self.value = value
        self.route = route
    }
}
