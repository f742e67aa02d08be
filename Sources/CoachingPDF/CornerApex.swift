/// A corner as the figures mark it: its number (`T<n>`) at its apex.
public struct CornerApex: Sendable, Equatable {
    public var number: Int
    /// Apex distance from the start/finish line (m).
    public var apexDistanceM: Double

    public init(number: Int, apexDistanceM: Double) {
        self.number = number
        self.apexDistanceM = apexDistanceM
    }
}
