/// A corner as the figures mark it: its number (`T<n>`) at its apex.
public struct CornerApex: Sendable, Equatable {
    /// Corner number, 1… along the lap.
    public var number: Int
    /// Apex distance from the start/finish line (m).
    public var apexDistanceM: Double

    /// A corner from its number and apex distance.
    public init(number: Int, apexDistanceM: Double) {
        self.number = number
        self.apexDistanceM = apexDistanceM
    }
}
