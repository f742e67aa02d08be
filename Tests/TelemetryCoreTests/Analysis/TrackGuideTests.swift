import Foundation
import Testing
@testable import TelemetryCore

/// The data-driven track guide (client-extras.md §9.2) on the Barber fixtures, against the true lap length.
@Suite struct TrackGuideTests {
    @Test("length within 1 % of the best lap's true path, one entry per corner, fractions ascending in (0, 1)",
          arguments: AnalysisFixture.all)
    func guideDescribesTheBestLap(_ f: AnalysisFixture) throws {
        let a = f.analysis
        let guide = a.trackGuide()
        let truePath = f.truth.lap(f.truth.summary.best_lap).path_length_m
        #expect(abs(guide.lengthM - truePath) <= 0.01 * truePath, "\(guide.lengthM) m vs true \(truePath) m")
        #expect(guide.source == "detected" && guide.country.isEmpty && guide.trackName == f.truth.track.name)
        #expect(guide.nCorners == a.bestLapCorners.count && guide.corners.count == guide.nCorners)
        #expect(guide.corners.map(\.number) == a.bestLapCorners.map(\.number).sorted())
        let fractions = guide.corners.map(\.fraction)
        #expect(fractions.allSatisfy { $0 > 0 && $0 < 1 })
        #expect(zip(fractions, fractions.dropFirst()).allSatisfy { $0 < $1 })
        #expect(guide.peculiarities.isEmpty && guide.landmarks.isEmpty)
        let numbers = Set(guide.corners.map(\.number))
        #expect(guide.keyCorners.allSatisfy { numbers.contains($0.number) })
        #expect(guide.keyCorners.count <= TrackGuide.maxKeyCorners)
        #expect(guide.keyCorners.allSatisfy { $0.straightAfterM > TrackGuide.minStraightM })
        #expect(zip(guide.keyCorners, guide.keyCorners.dropFirst()).allSatisfy { $0.straightAfterM >= $1.straightAfterM })
        for c in guide.corners {
            #expect(c.name == "T\(c.number)")
            if let b = c.brakePointM { #expect(c.brakeToApexM == Numerics.round(c.apexDistanceM - b, 1)) }
            #expect(c.entrySpeedMph.isFinite && c.entrySpeedMph >= c.minSpeedMph - 0.1, "T\(c.number)")
        }
        // The longest run after a corner is the one into the main straight: it must be a key corner.
        #expect(guide.keyCorners.first.map { $0.straightAfterM >= 300 } == true)
        _ = try encodedJSON(guide)
    }

    /// The simulated track's altitude is synthetic but real in the CSV: the guide reports its spread.
    @Test func elevationRangeIsReported() throws {
        let guide = AnalysisFixture.all[0].analysis.trackGuide()
        let range = try #require(guide.elevationRangeM)
        #expect(range > 0)
    }
}
