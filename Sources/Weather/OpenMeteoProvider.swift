import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOFoundationCompat

/// Session weather from Open-Meteo (no key), over async-http-client (§2.9).
///
/// One GET per lookup: the forecast API (`/v1/forecast`) when the session is at most 16 days old (or in the future),
/// else the archive API (`/v1/archive`); the previous UTC day and the session's UTC day; the hourly and 15-minute
/// variables of §2.9; `timezone=UTC`. The whole exchange (connect, headers, body) has `timeout`. Any failure — a
/// non-2xx status, a timeout, a transport error, a body that is not the expected JSON or carries no hour near the
/// session — is logged and gives nil.
///
/// `track_temp_c` is Open-Meteo's 0 cm soil temperature of the session hour (the model's land-surface temperature,
/// which reads below sun-baked asphalt); `timezone_name` is nil (times are UTC).
public struct OpenMeteoProvider: WeatherProvider {
    /// Base URL of the forecast API.
    public let forecastBaseURL: String
    /// Base URL of the archive API.
    public let archiveBaseURL: String
    /// Limit of one lookup, from connection to the last byte.
    public let timeout: Duration
    private let httpClient: HTTPClient
    private let logger: Logger
    private let now: @Sendable () -> Date

    /// Largest answer read (two days of hourly and 15-minute data are about 15 KB).
    static let maxAnswerBytes = 4 * 1024 * 1024

    /// A provider on the given services; `now` decides the forecast/archive choice (injectable for tests).
    public init(forecastBaseURL: String = "https://api.open-meteo.com", archiveBaseURL: String = "https://archive-api.open-meteo.com",
                timeout: Duration = .seconds(10), httpClient: HTTPClient = .shared, logger: Logger = Logger(label: "cataclysm.weather"),
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.forecastBaseURL = forecastBaseURL
        self.archiveBaseURL = archiveBaseURL
        self.timeout = timeout
        self.httpClient = httpClient
        self.logger = logger
        self.now = now
    }

    /// The weather at the session, or nil on any failure (logged at `notice`).
    public func weather(for query: WeatherQuery) async -> SessionWeather? {
        guard query.hasValidCoordinates, let request = OpenMeteoRequest(query: query, now: now()) else {
            log(.invalidQuery, api: nil)
            return nil
        }
        let url = request.url(forecastBaseURL: forecastBaseURL, archiveBaseURL: archiveBaseURL)
        do {
            let answer = try await fetch(url)
            guard let weather = OpenMeteoReading.weather(from: answer, at: query.date) else { throw WeatherLookupError.empty }
            return weather
        } catch let error as WeatherLookupError {
            log(error, api: request.api)
        } catch {
            log(.transport("\(error)"), api: request.api)
        }
        return nil
    }

    /// GETs `url` within `timeout` and decodes the answer.
    private func fetch(_ url: String) async throws -> OpenMeteoAnswer {
        let client = httpClient
        let timeout = timeout
        let body = try await Deadline.run(within: timeout) { () async throws -> ByteBuffer in
            var request = HTTPClientRequest(url: url)
            request.method = .GET
            request.headers.add(name: "accept", value: "application/json")
            do {
                let response = try await client.execute(request, timeout: Self.timeAmount(timeout))
                guard (200..<300).contains(response.status.code) else { throw WeatherLookupError.status(Int(response.status.code)) }
                return try await response.body.collect(upTo: Self.maxAnswerBytes)
            } catch let error as WeatherLookupError {
                throw error
            } catch let error as HTTPClientError {
                switch error {
                case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout: throw WeatherLookupError.timeout
                default: throw WeatherLookupError.transport("\(error)")
                }
            } catch {
                throw WeatherLookupError.transport("\(error)")
            }
        }
        do {
            return try JSONDecoder().decode(OpenMeteoAnswer.self, from: Data(buffer: body))
        } catch {
            throw WeatherLookupError.malformed(String(String(buffer: body).prefix(120)))
        }
    }

    private func log(_ error: WeatherLookupError, api: OpenMeteoAPI?) {
        logger.notice("weather lookup gave nothing", metadata: [
            "reason": "\(error)", "api": "\(api?.rawValue ?? "none")",
        ])
    }

    /// `duration` for NIO, clamped to 0…`Int64.max` ns.
    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0 else { return .zero }
        let (nanoseconds, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow, nanoseconds < .max - 1_000_000_000 else { return .nanoseconds(.max) }
        return .nanoseconds(nanoseconds + attoseconds / 1_000_000_000)
    }
}
