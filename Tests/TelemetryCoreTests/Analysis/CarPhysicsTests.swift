import Foundation
import Testing
@testable import TelemetryCore

/// The longitudinal relations of `CarPhysics` against hand-worked values.
@Suite("Car physics")
struct CarPhysicsTests {
    static let car = VehicleSetup.Car(massKg: 1270, enginePowerHp: 228, drivetrain: .rear, frontWeightShare: 0.5,
                                      cgHeightM: 0.5, wheelbaseM: 2.5, hasAero: false, dragAreaM2: 0.54)

    @Test func airIsDenserWhenCold() {
        #expect(abs(CarPhysics.airDensity(tempC: 15) - 1.2250) < 5e-4)
        #expect(abs(CarPhysics.airDensity(tempC: 35) - 101_325 / (287.05 * 308.15)) < 1e-12)
        #expect(CarPhysics.airDensity(tempC: nil) == CarPhysics.standardAirDensity)
        #expect(CarPhysics.airDensity(tempC: .nan) == CarPhysics.standardAirDensity)
    }

    /// μ = 1, half the weight on each axle, h/L = 0.2: rear drive 0.5 / 0.8, front drive 0.5 / 1.2, all wheels μ.
    @Test func tractionFollowsTheDrivenAxlesLoad() {
        var car = Self.car
        #expect(abs(CarPhysics.tractionLimitG(mu: 1, car: car) - 0.625) < 1e-12)
        car.drivetrain = .front
        #expect(abs(CarPhysics.tractionLimitG(mu: 1, car: car) - 0.5 / 1.2) < 1e-12)
        car.drivetrain = .all
        #expect(CarPhysics.tractionLimitG(mu: 1, car: car) == 1)
        car.drivetrain = .rear
        car.frontWeightShare = 0
        #expect(CarPhysics.tractionLimitG(mu: 1, car: car) == 1, "never more than the tyre's grip")
    }

    @Test func publishedFiguresWinOverEstimates() {
        var car = Self.car
        #expect(CarPhysics.dragArea(car) == 0.54)
        car.dragAreaM2 = nil
        #expect(CarPhysics.dragArea(car) == CarPhysics.dragAreaM2)
        car.hasAero = true
        #expect(CarPhysics.dragArea(car) == CarPhysics.aeroDragAreaM2)
        #expect(abs(CarPhysics.wheelPowerW(car) - 228 * 745.7 * 0.85 * 0.9) < 1e-9)
    }

    @Test func topSpeedIsWherePowerMeetsResistance() {
        let power = CarPhysics.wheelPowerW(Self.car), area = CarPhysics.dragArea(Self.car), rho = 1.225
        let v = CarPhysics.topSpeed(wheelPowerW: power, dragAreaM2: area, airDensity: rho, massKg: Self.car.massKg)
        let resistance = CarPhysics.resistanceG(speed: v, dragAreaM2: area, airDensity: rho, massKg: Self.car.massKg)
        #expect(abs(power - v * resistance * Self.car.massKg * AnalysisConstants.gravity) < 1e-6 * power)
        #expect(v > 50 && v < 80, "a 228 hp coupé tops out between 180 and 290 km/h: \(v * 3.6) km/h")
        #expect(abs(CarPhysics.powerLimitedG(speed: v, wheelPowerW: power, massKg: Self.car.massKg) - resistance) < 1e-6)
    }
}
