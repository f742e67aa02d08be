/// Why a lookup gave no weather (logged; callers only see nil).
enum WeatherLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Coordinates off the globe, or a date outside years 2…9999: nothing was asked.
    case invalidQuery
    /// No complete answer within the timeout.
    case timeout
    /// A non-2xx status.
    case status(Int)
    /// The connection failed (refused, reset, DNS, TLS…).
    case transport(String)
    /// A 2xx body that is not Open-Meteo's JSON.
    case malformed(String)
    /// Valid JSON without a usable hour at the session.
    case empty

    var description: String {
        switch self {
        case .invalidQuery: "invalid query"
        case .timeout: "timed out"
        case .status(let code): "HTTP \(code)"
        case .transport(let why): "transport error: \(why)"
        case .malformed(let why): "malformed answer: \(why)"
        case .empty: "no data at the session hour"
        }
    }
}
