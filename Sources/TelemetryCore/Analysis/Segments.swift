import Foundation

/// A straight or corner of the lap (analysis.md §7.1).
public struct SegmentDefinition: Sendable, Codable, Equatable {
    public var name: String
    @FiniteNumber public var entryDistanceM: Double
    @FiniteNumber public var exitDistanceM: Double
    public var isCorner: Bool
    enum CodingKeys: String, CodingKey {
        case name, entryDistanceM = "entry_distance_m", exitDistanceM = "exit_distance_m", isCorner = "is_corner"
    }
}

/// Segments and segment times (analysis.md §7.1).
public enum Segments {
    /// Straights and corners covering [0, L] from the best lap's corners.
    public static func build(corners: [Corner], lapLength: Double) -> [SegmentDefinition] {
        let sorted = corners.enumerated().sorted { ($0.element.entryDistanceM, $0.offset) < ($1.element.entryDistanceM, $1.offset) }
            .map(\.element)
        var out: [SegmentDefinition] = []
        var cursor = 0.0
        for (i, c) in sorted.enumerated() {
            if c.entryDistanceM > cursor + 1e-6 {
                out.append(SegmentDefinition(name: "S\(i)-\(i + 1)", entryDistanceM: cursor, exitDistanceM: c.entryDistanceM,
                                             isCorner: false))
            }
            out.append(SegmentDefinition(name: "T\(c.number)", entryDistanceM: c.entryDistanceM,
                                         exitDistanceM: c.exitDistanceM, isCorner: true))
            cursor = c.exitDistanceM
        }
        if cursor < lapLength - 1e-6 {
            out.append(SegmentDefinition(name: "S\(sorted.count)-fin", entryDistanceM: cursor, exitDistanceM: lapLength,
                                         isCorner: false))
        }
        return out
    }

    /// Time of `lap` through `segment`: max(0, interpC(exit) − interpC(entry)).
    public static func time(_ segment: SegmentDefinition, lap: LapTrace) -> Double {
        max(0, Numerics.interpC(segment.exitDistanceM, lap.distance, lap.time)
            - Numerics.interpC(segment.entryDistanceM, lap.distance, lap.time))
    }
}

/// Distance/time (and speed) arrays of one lap, with its closing crossing as the last knot so
/// times reach the lap time at the lap's full length.
///
/// (rec) For the split analyses (segments, gains, ideal lap, sectors, mini-sectors) each lap's
/// distance is scaled to the best lap's crossing-to-crossing length: driven lines differ by up
/// to ~0.4 % (±10 m), and without the scaling a lap's splits would not add up to its lap time.
public struct LapTrace: Sendable {
    public var lapNumber: Int
    public var distance: [Double]
    public var time: [Double]
    public var speed: [Double]
    /// Lap time (s).
    public var lapTime: Double { time.last ?? 0 }
    /// Full length (m).
    public var length: Double { distance.last ?? 0 }

    /// Trace of a resampled lap; `end` = the closing crossing (distance, lap time), when known;
    /// `scaledTo`: distances multiplied so the lap's full length equals it (the best lap's length).
    public init(_ lap: ResampledLap, end: (distance: Double, time: Double)?, scaledTo reference: Double? = nil) {
        lapNumber = lap.lapNumber
        distance = lap.distanceArray
        time = lap.lapTime
        speed = lap.speed
        if let end, let last = distance.last, end.distance > last {
            distance.append(end.distance)
            time.append(end.time)
            speed.append(lap.speed.last ?? 0)
        }
        if let reference, let full = distance.last, full > 0, reference > 0, full != reference {
            let k = reference / full
            for i in distance.indices { distance[i] *= k }
        }
    }
}
