import Foundation

/// Typed reads of an environment dictionary; blank counts as unset, a bad value throws naming the variable.
struct EnvironmentReader {
    let env: [String: String]

    init(_ env: [String: String]) { self.env = env }

    func text(_ name: String) -> String? {
        guard let raw = env[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { return nil }
        return raw
    }

    func integer(_ name: String, in range: ClosedRange<Int>) throws(ProviderConfigurationError) -> Int? {
        guard let raw = text(name) else { return nil }
        guard let value = Int(raw), range.contains(value) else {
            throw ProviderConfigurationError(variable: name, problem: "must be an integer from \(range.lowerBound) to \(range.upperBound), got '\(raw)'")
        }
        return value
    }

    /// Seconds, decimals allowed: `0.05` is 50 ms.
    func duration(_ name: String, allowZero: Bool = false) throws(ProviderConfigurationError) -> Duration? {
        guard let raw = text(name) else { return nil }
        guard let seconds = Double(raw), seconds.isFinite, allowZero ? seconds >= 0 : seconds > 0, seconds <= 86_400 else {
            throw ProviderConfigurationError(variable: name, problem: "must be a number of seconds\(allowZero ? "" : " above 0"), got '\(raw)'")
        }
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }

    func url(_ name: String) throws(ProviderConfigurationError) -> String? {
        guard let raw = text(name) else { return nil }
        guard let url = URL(string: raw), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.host != nil else {
            throw ProviderConfigurationError(variable: name, problem: "must be an http(s) URL, got '\(raw)'")
        }
        return raw
    }

    /// `provider:model,provider:model`, at least one step.
    func chain(_ name: String) throws(ProviderConfigurationError) -> [RouteStep]? {
        guard let raw = text(name) else { return nil }
        var steps: [RouteStep] = []
        for piece in raw.split(separator: ",") where !piece.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let step = RouteStep(parsing: String(piece)) else {
                throw ProviderConfigurationError(variable: name, problem: "'\(piece)' is not provider:model (provider anthropic, openai or google)")
            }
            steps.append(step)
        }
        guard !steps.isEmpty else { throw ProviderConfigurationError(variable: name, problem: "names no provider:model") }
        return steps
    }
}
