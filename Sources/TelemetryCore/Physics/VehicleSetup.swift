/// What a session's equipment tells the optimal profile (platform.md §4.6): the tyre's friction, the track's surface,
/// and — when the profile names a car — its mass, power and layout. Built by the server from the assigned profile,
/// its overrides and the session's weather; the core only reads numbers.
public struct VehicleSetup: Sendable, Hashable {
    /// The assigned equipment profile.
    public var profileID: String
    /// The tyre's dry friction coefficient (its `estimated_mu`, or its compound's default).
    public var tyreMu: Double
    /// Share of the dry friction the surface leaves (1 dry; below 1 damp or wet).
    public var surfaceGrip: Double
    /// Air temperature at the session (°C), for the air density the drag sees.
    public var ambientTempC: Double?
    /// The car, when the profile records one.
    public var car: Car?

    public init(profileID: String, tyreMu: Double, surfaceGrip: Double = 1, ambientTempC: Double? = nil, car: Car? = nil) {
        self.profileID = profileID
        self.tyreMu = tyreMu
        self.surfaceGrip = surfaceGrip
        self.ambientTempC = ambientTempC
        self.car = car
    }

    /// The friction the tyre has on this surface.
    public var mu: Double { tyreMu * surfaceGrip }

    /// A car's published figures, after the profile's overrides.
    public struct Car: Sendable, Hashable {
        /// Mass as the profile records it (kg, kerb).
        public var massKg: Double
        /// Engine power at the crank (hp, mechanical: 745.7 W).
        public var enginePowerHp: Double
        /// Driven wheels.
        public var drivetrain: Drivetrain
        /// Static share of the weight on the front axle (0–1).
        public var frontWeightShare: Double
        /// Height of the centre of gravity (m).
        public var cgHeightM: Double
        /// Distance between the axles (m).
        public var wheelbaseM: Double
        /// Wings or splitters: more drag area when none is published.
        public var hasAero: Bool
        /// Published drag area Cd·A (m²); nil: estimated (`CarPhysics.dragArea`).
        public var dragAreaM2: Double?
        /// Share of peak power usable on average across the rev range (gearing, power band).
        public var powerBandFactor: Double

        public init(massKg: Double, enginePowerHp: Double, drivetrain: Drivetrain, frontWeightShare: Double,
                    cgHeightM: Double, wheelbaseM: Double, hasAero: Bool, dragAreaM2: Double? = nil,
                    powerBandFactor: Double = CarPhysics.typicalPowerBandFactor) {
            self.massKg = massKg
            self.enginePowerHp = enginePowerHp
            self.drivetrain = drivetrain
            self.frontWeightShare = frontWeightShare
            self.cgHeightM = cgHeightM
            self.wheelbaseM = wheelbaseM
            self.hasAero = hasAero
            self.dragAreaM2 = dragAreaM2
            self.powerBandFactor = powerBandFactor
        }
    }

    /// Which wheels drive the car.
    public enum Drivetrain: String, Sendable, Hashable {
        case front, rear, all

        /// `FWD`, `RWD`, `AWD`/`4WD` (any case); anything else is unknown.
        public init?(code: String) {
            switch code.uppercased() {
            case "FWD": self = .front
            case "RWD": self = .rear
            case "AWD", "4WD": self = .all
            default: return nil
            }
        }
    }
}
