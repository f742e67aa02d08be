/// A start/finish gate stored for its track location: its centre and the core's gate as JSON.
public struct StoredLapGate: Sendable, Equatable {
    public var centerLatitude: Double
    public var centerLongitude: Double
    public var json: String

    public init(centerLatitude: Double, centerLongitude: Double, json: String) {
        self.centerLatitude = centerLatitude
        self.centerLongitude = centerLongitude
        self.json = json
    }
}
