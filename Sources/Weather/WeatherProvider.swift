/// A source of session weather (§2.9). Implementations never throw: every failure is "no weather".
public protocol WeatherProvider: Sendable {
    /// The weather at the session, or nil when the provider has none or fails (any failure: HTTP error, timeout,
    /// malformed or empty answer).
    func weather(for query: WeatherQuery) async -> SessionWeather?
}
