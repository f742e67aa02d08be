/// One coaching lap's resampled channels as the line analysis reads them.
public struct LineLapInput: Sendable {
    public var lapNumber: Int
    public var distance: [Double]
    public var time: [Double]
    public var speed: [Double]
    public var latitude: [Double]
    public var longitude: [Double]

    /// A lap's distance grid, elapsed lap time, speed (m/s) and GPS position.
    public init(lapNumber: Int, distance: [Double], time: [Double], speed: [Double], latitude: [Double], longitude: [Double]) {
        self.lapNumber = lapNumber
        self.distance = distance
        self.time = time
        self.speed = speed
        self.latitude = latitude
        self.longitude = longitude
    }
}
