import Foundation

/// Latitude/longitude → metres east and north of the trace's mean position (equirectangular; exact enough over a
/// circuit's few kilometres).
struct TrackProjection {
    let latitude0: Double
    let longitude0: Double
    let metresPerDegreeLongitude: Double
    static let metresPerDegreeLatitude = 110_574.0

    init(latitudes: [Double], longitudes: [Double]) {
        let lat = latitudes.filter { $0.isFinite }, lon = longitudes.filter { $0.isFinite }
        latitude0 = lat.isEmpty ? 0 : lat.reduce(0, +) / Double(lat.count)
        longitude0 = lon.isEmpty ? 0 : lon.reduce(0, +) / Double(lon.count)
        metresPerDegreeLongitude = 111_320 * cos(latitude0 * .pi / 180)
    }

    func project(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
        ((longitude - longitude0) * metresPerDegreeLongitude, (latitude - latitude0) * Self.metresPerDegreeLatitude)
    }
}
