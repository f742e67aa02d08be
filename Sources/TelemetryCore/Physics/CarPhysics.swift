import Foundation

/// Longitudinal physics of a car from its published figures (point mass, SI units, results in g), for the optimal
/// profile with equipment. Textbook relations; the few constants no profile records are named estimates below.
public enum CarPhysics {
    static let g = AnalysisConstants.gravity
    /// Mechanical horsepower (W).
    public static let wattsPerHp = 745.7
    /// Share of crank power that reaches the wheels (manual gearbox and final drive lose about 15 %).
    public static let drivelineEfficiency = 0.85
    /// Drag area Cd·A (m²) of a car without a published figure, without and with wings or a splitter: the bundled
    /// vehicle database's medians (its cars range 0.52–0.88; Cd ≈ 0.32 × a frontal area of 2 m²).
    public static let dragAreaM2 = 0.64
    public static let aeroDragAreaM2 = 0.72
    /// Share of peak power usable across the rev range for a car without a published figure: the bundled vehicle
    /// database's typical (median) value.
    public static let typicalPowerBandFactor = 0.9
    /// Rolling-resistance coefficient of a warm performance tyre on asphalt.
    public static let rollingResistance = 0.015
    /// Air density at 15 °C and 1013.25 hPa (kg/m³), used without a measured temperature.
    public static let standardAirDensity = 1.225

    /// Dry air density at `tempC` and standard pressure (ideal gas, R = 287.05 J/(kg·K)).
    public static func airDensity(tempC: Double?) -> Double {
        guard let tempC, tempC.isFinite, tempC > -60, tempC < 60 else { return standardAirDensity }
        return 101_325 / (287.05 * (tempC + 273.15))
    }

    /// Longest acceleration the driven wheels can transmit (g), with the load the acceleration moves to the rear
    /// axle: rear drive a = μ·r / (1 − μ·h/L), front drive a = μ·f / (1 + μ·h/L), all-wheel drive a = μ
    /// (f, r: static front/rear weight shares, h: CG height, L: wheelbase). Capped at μ.
    public static func tractionLimitG(mu: Double, car: VehicleSetup.Car) -> Double {
        let f = min(max(car.frontWeightShare, 0), 1)
        let transfer = car.wheelbaseM > 0 ? mu * car.cgHeightM / car.wheelbaseM : 0
        let limit: Double
        switch car.drivetrain {
        case .all: limit = mu
        case .rear: limit = transfer < 1 ? mu * (1 - f) / (1 - transfer) : mu
        case .front: limit = mu * f / (1 + transfer)
        }
        return min(mu, max(0, limit))
    }

    /// Power at the wheels averaged over the power band (W).
    public static func wheelPowerW(_ car: VehicleSetup.Car) -> Double {
        car.enginePowerHp * wattsPerHp * drivelineEfficiency * car.powerBandFactor
    }

    /// Drag area of the car (m²): published, else estimated from whether it has aero.
    public static func dragArea(_ car: VehicleSetup.Car) -> Double {
        if let published = car.dragAreaM2, published > 0, published.isFinite { return published }
        return car.hasAero ? aeroDragAreaM2 : dragAreaM2
    }

    /// Acceleration the power allows at speed v (g): P / (m·v·g), v floored at 1 m/s.
    public static func powerLimitedG(speed v: Double, wheelPowerW: Double, massKg: Double) -> Double {
        wheelPowerW / (massKg * max(v, 1) * g)
    }

    /// Deceleration by air drag and rolling resistance at speed v (g): (½ρ·CdA·v² + Crr·m·g) / (m·g).
    public static func resistanceG(speed v: Double, dragAreaM2: Double, airDensity: Double, massKg: Double) -> Double {
        (0.5 * airDensity * dragAreaM2 * v * v) / (massKg * g) + rollingResistance
    }

    /// Speed where the wheel power equals the resistance (m/s): the root of P = v·(½ρ·CdA·v² + Crr·m·g), found by
    /// bisection (the right side grows strictly with v).
    public static func topSpeed(wheelPowerW: Double, dragAreaM2: Double, airDensity: Double, massKg: Double) -> Double {
        func surplus(_ v: Double) -> Double {
            wheelPowerW - v * (0.5 * airDensity * dragAreaM2 * v * v + rollingResistance * massKg * g)
        }
        var low = 0.0, high = PhysicalBounds.maxSpeedMps
        guard surplus(high) < 0 else { return high }
        for _ in 0..<60 {
            let mid = (low + high) / 2
            if surplus(mid) > 0 { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }
}
