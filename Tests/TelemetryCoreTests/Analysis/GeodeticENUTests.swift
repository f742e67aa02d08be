import Foundation
import Testing
@testable import TelemetryCore

/// WGS-84 → ECEF → ENU (client-extras.md §8.1 step 1) against points worked out by hand, to 1 mm.
@Suite struct GeodeticENUTests {
    @Test func theOriginIsZero() {
        let p = GeodeticENU.project(latitude: [33.5326], longitude: [-86.6196], originLatitude: 33.5326, originLongitude: -86.6196)
        #expect(abs(p.east[0]) < 1e-9 && abs(p.north[0]) < 1e-9)
    }

    /// On the equator the ECEF y axis is East: a point Δλ east is a·sin(Δλ) metres east and 0 north.
    @Test func aPointEastOnTheEquator() {
        let p = GeodeticENU.project(latitude: [0], longitude: [0.001], originLatitude: 0, originLongitude: 0)
        #expect(abs(p.east[0] - 6_378_137 * sin(0.001 * .pi / 180)) < 0.001)
        #expect(abs(p.east[0] - 111.319_491) < 0.001)
        #expect(abs(p.north[0]) < 0.001)
    }

    /// On the prime meridian from (0, 0), North is the ECEF z axis: z = N(φ)(1 − e²) sin φ, East 0.
    @Test func aPointNorthOnThePrimeMeridian() {
        let phi = 0.01 * Double.pi / 180
        let e2 = (1 / 298.257_223_563) * (2 - 1 / 298.257_223_563)
        let z = 6_378_137 / (1 - e2 * sin(phi) * sin(phi)).squareRoot() * (1 - e2) * sin(phi)
        let p = GeodeticENU.project(latitude: [0.01], longitude: [0], originLatitude: 0, originLongitude: 0)
        #expect(abs(p.north[0] - z) < 0.001)
        #expect(abs(p.north[0] - 1_105.7427) < 0.001)
        #expect(abs(p.east[0]) < 0.001)
    }

    /// At Barber (33.5326, −86.6196) a point 0.001° north and 0.002° east: worked out with the ECEF difference rotated
    /// by hand (E 185.7733 m, N 110.9158 m, U −0.0037 m); the meridian and prime-vertical radii give 185.775 and 110.914.
    @Test func aPointAtBarber() {
        let p = GeodeticENU.project(latitude: [33.5336], longitude: [-86.6176], originLatitude: 33.5326, originLongitude: -86.6196)
        #expect(abs(p.east[0] - 185.773_256) < 0.001)
        #expect(abs(p.north[0] - 110.915_772) < 0.001)
    }
}
