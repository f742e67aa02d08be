import Foundation
import Hummingbird
import Weather

/// `POST /api/equipment/weather/lookup`: `{"lat", "lon", "session_date": "YYYY-MM-DD", "hour": 0-23 (default 12)}`.
struct WeatherLookupBody: Decodable, Sendable {
    var lat: Double
    var lon: Double
    var session_date: String
    var hour: Int?

    /// The query, or the 422 `Invalid input data`.
    static func read(_ request: Request, context: AppRequestContext) async throws -> WeatherQuery {
        let body = try await JSONBody.read(request, context: context)
        _ = try body.requireObject()
        let decoded = try body.decode(WeatherLookupBody.self)
        let hour = decoded.hour ?? 12
        guard decoded.session_date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil, (0...23).contains(hour),
              let date = SessionDateParser.date(decoded.session_date, hourUTC: hour) else {
            throw AppError.unprocessable("Invalid input data")
        }
        let query = WeatherQuery(latitude: decoded.lat, longitude: decoded.lon, date: date)
        guard query.hasValidCoordinates else { throw AppError.unprocessable("Invalid input data") }
        return query
    }
}
