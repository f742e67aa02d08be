/// One corner of a share-link comparison: both drivers' minimum speeds and the time B gains or loses there.
public struct ComparisonCorner: Sendable, Codable, Equatable {
    /// Corner number (A's corners).
    public var number: Int
    /// Zone entry on A's best lap (m from the start/finish line).
    public var entryM: Double
    /// Zone exit on A's best lap (m from the start/finish line).
    public var exitM: Double
    /// A's minimum speed (mph); `nil` when the comparison has no finite value.
    public var aMinSpeedMph: Double?
    /// B's minimum speed (mph); `nil` when the comparison has no finite value.
    public var bMinSpeedMph: Double?
    /// Time B loses to A between entry and exit (s, positive: B slower there); `nil` when the delta trace does not
    /// cover the zone.
    public var bLossS: Double?

    /// Creates a comparison corner.
    public init(number: Int, entryM: Double, exitM: Double, aMinSpeedMph: Double?, bMinSpeedMph: Double?, bLossS: Double?) {
        self.number = number
        self.entryM = entryM
        self.exitM = exitM
        self.aMinSpeedMph = aMinSpeedMph
        self.bMinSpeedMph = bMinSpeedMph
        self.bLossS = bLossS
    }

    /// A's minimum speed minus B's (mph, from the speeds rounded to the tenth the narrative prints), when both are
    /// known.
    public var speedDiffMph: Double? {
        guard let a = aMinSpeedMph, let b = bMinSpeedMph else { return nil }
        return ChatText.tenths(a) - ChatText.tenths(b)
    }
}
