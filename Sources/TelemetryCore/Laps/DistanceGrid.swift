/// The resampling grid d_k = k·step for k = 0 … count−1 (analysis.md §1.2, §3.3),
/// computed on access instead of stored.
public struct DistanceGrid: RandomAccessCollection, Sendable, Equatable, Encodable {
    /// Number of grid points.
    public let count: Int
    /// Spacing (m).
    public let step: Double

    /// Most points one lap's grid can have: the longest plausible lap at the standard step.
    public static let maxCount = Int(PhysicalBounds.maxLapDistanceM / AnalysisConstants.resampleStep) + 1

    /// Grid covering `[0, length)`: `ceil(length/step)` points.
    public init(length: Double, step: Double = AnalysisConstants.resampleStep) {
        self.count = length > 0 ? Numerics.clampedInt(length / step, 0...DistanceGrid.maxCount, rounding: .up) : 0
        self.step = step
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(k: Int) -> Double {
        precondition(k >= 0 && k < count, "grid index out of range")
        return Double(k) * step
    }

    /// Encodes as a JSON array of distances.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        for d in self { try c.encode(d) }
    }
}
