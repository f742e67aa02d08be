import Foundation
import Logging
import ServiceLifecycle
import Storage

/// The bounded background backfill (platform.md §2.9): 30 s after start-up and then every 30 minutes, at most `batch`
/// sessions without weather and with fewer than 3 failed lookups, one provider call every 2 s.
struct WeatherBackfiller: Service {
    let weather: WeatherService
    let store: any WeatherStore
    var firstDelay: Duration = .seconds(30)
    var interval: Duration = .seconds(1800)
    var pause: Duration = .seconds(2)
    var batch = 50
    static let maxFailures = 3

    func run() async throws {
        // a service that returns stops the server: without a provider, wait for shutdown instead
        guard weather.provider != nil else { return try await gracefulShutdown() }
        try await cancelWhenGracefulShutdown {
            try await Task.sleep(for: firstDelay)
            while !Task.isCancelled {
                await pass()
                try await Task.sleep(for: interval)
            }
        }
    }

    /// One pass: looks up each pending session, pausing between provider calls.
    func pass() async {
        do {
            for record in try await store.missing(limit: batch, maxFailures: Self.maxFailures) {
                guard WeatherService.query(record) != nil else { continue }
                _ = try await weather.fetch(record)
                try await Task.sleep(for: pause)
            }
        } catch is CancellationError {
            return
        } catch {
            weather.logger.warning("weather backfill pass failed", metadata: ["error_type": "\(type(of: error))"])
        }
    }
}
