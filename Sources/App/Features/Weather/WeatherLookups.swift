import Foundation
import Logging
import Storage

/// Weather lookups started by uploads, run in the background so they never delay or fail an upload; tests `drain()`
/// them instead of waiting.
public actor WeatherLookups {
    let weather: WeatherService
    private var running: [String: Task<Void, Never>] = [:]

    init(weather: WeatherService) { self.weather = weather }

    /// Starts a lookup for the session unless one is running.
    func start(_ record: SessionRecord) {
        guard running[record.sessionID] == nil else { return }
        let weather = self.weather
        running[record.sessionID] = Task { [weak self] in
            do { _ = try await weather.current(record) } catch {
                weather.logger.warning("weather lookup failed", metadata: ["session_id": "\(record.sessionID)", "error_type": "\(type(of: error))"])
            }
            await self?.finished(record.sessionID)
        }
    }

    private func finished(_ sessionID: String) { running[sessionID] = nil }

    /// Waits until every started lookup has finished.
    public func drain() async {
        while let (_, task) = running.first {
            await task.value
        }
    }
}
