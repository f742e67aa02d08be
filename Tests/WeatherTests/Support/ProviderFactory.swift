import Foundation
import Logging
import TestSupport
import Weather

extension StubOpenMeteoServer {
    /// A provider whose forecast and archive APIs are both this stub, at `now`.
    func provider(now: Date, timeout: Duration = .seconds(5)) -> OpenMeteoProvider {
        var logger = Logger(label: "weather-tests")
        logger.logLevel = .critical
        return OpenMeteoProvider(forecastBaseURL: baseURL, archiveBaseURL: baseURL + "/", timeout: timeout, logger: logger,
                                 now: { now })
    }
}
