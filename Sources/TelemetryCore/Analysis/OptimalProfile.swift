import Foundation

/// Vehicle parameters of the optimal profile (analysis.md §8.6 B).
public struct VehicleParams: Sendable, Codable, Equatable {
    @FiniteNumber public var mu: Double
    @FiniteNumber public var maxAccelG: Double
    @FiniteNumber public var maxDecelG: Double
    @FiniteNumber public var maxLateralG: Double
    @FiniteNumber public var topSpeedMps: Double
    /// Whether any parameter was fitted to the session's telemetry.
    public var calibrated: Bool
    /// The tyre's dry friction and the share the surface leaves (equipment only).
    @OptionalNumber public var tyreMu: Double? = nil
    @OptionalNumber public var surfaceGrip: Double? = nil
    /// The car's mass, wheel power, drag area and the air density the drag used (a profile with a car only).
    @OptionalNumber public var massKg: Double? = nil
    @OptionalNumber public var wheelPowerKw: Double? = nil
    @OptionalNumber public var dragAreaM2: Double? = nil
    @OptionalNumber public var airDensityKgM3: Double? = nil
    enum CodingKeys: String, CodingKey {
        case mu, maxAccelG = "max_accel_g", maxDecelG = "max_decel_g", maxLateralG = "max_lateral_g"
        case topSpeedMps = "top_speed_mps", calibrated, tyreMu = "tyre_mu", surfaceGrip = "surface_grip", massKg = "mass_kg"
        case wheelPowerKw = "wheel_power_kw", dragAreaM2 = "drag_area_m2", airDensityKgM3 = "air_density_kg_m3"
    }
}

/// Where each parameter of the optimal profile came from (platform.md §4.6: the response says which parameters came
/// from the equipment and which were estimated from the data).
public struct ParameterSources: Sendable, Codable, Equatable {
    /// One parameter's origin.
    public enum Source: String, Sendable, Codable {
        /// The assigned equipment (tyre, car, overrides) with the session's weather.
        case equipment
        /// Fitted to this session's telemetry.
        case telemetry
        /// §8.6 B defaults: neither equipment nor enough telemetry.
        case `default`
        /// Not modelled (no drag without a car).
        case none
    }
    public var mu: Source
    public var maxLateralG: Source
    public var maxDecelG: Source
    public var maxAccelG: Source
    public var topSpeedMps: Source
    public var drag: Source
    enum CodingKeys: String, CodingKey {
        case mu, maxLateralG = "max_lateral_g", maxDecelG = "max_decel_g", maxAccelG = "max_accel_g"
        case topSpeedMps = "top_speed_mps", drag
    }

    /// The friction and the three g limits from one origin; the default top speed and no drag.
    static func all(_ source: Source) -> ParameterSources {
        ParameterSources(mu: source, maxLateralG: source, maxDecelG: source, maxAccelG: source, topSpeedMps: .default,
                         drag: .none)
    }
}

/// `GET /api/sessions/{sid}/optimal-profile` (analysis.md §8.6).
public struct OptimalProfileResponse: Sendable, Codable {
    public var sessionID: String
    @NumberList public var distanceM: [Double]
    @NumberList public var optimalSpeedMph: [Double]
    @NumberList public var maxCorneringSpeedMph: [Double]
    @NumberList public var brakePoints: [Double]
    @NumberList public var throttlePoints: [Double]
    @FiniteNumber public var lapTimeS: Double
    public var vehicleParams: VehicleParams
    public var parameterSources: ParameterSources
    @Nullable public var equipmentProfileID: String?
    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", distanceM = "distance_m", optimalSpeedMph = "optimal_speed_mph"
        case maxCorneringSpeedMph = "max_cornering_speed_mph", brakePoints = "brake_points"
        case throttlePoints = "throttle_points", lapTimeS = "lap_time_s", vehicleParams = "vehicle_params"
        case parameterSources = "parameter_sources", equipmentProfileID = "equipment_profile_id"
    }
}

/// Physics-optimal speed profile (analysis.md §8.6), point-mass model on the best lap's driven
/// line with the grip the driver has shown:
///
/// - **A. curvature** from the best lap's heading (the driven line's direction, GPS course
///   over ground): κ = dψ/ds, Gaussian-smoothed (σ = 8 m) — smoother than a second derivative
///   of noisy positions — then the spec's rate limit (0.014 per sample, in rad/m·… as 1/m) and
///   clamp (0.33 m⁻¹); |κ|.
/// - **B. calibration** from all coaching laps (the best lap included, so the driver's own best
///   lap is feasible under the model): lateral = p95 of |lateral g| in corners (|lon| < 0.2,
///   |lat| ≥ 0.3) and at least the p95 of the best lap's own v²|κ|/g, raised per point to the
///   best lap's own demand there (mean over ±10 m, ≤ 1.3 × the global value) so the optimal
///   profile corners at least as fast as the driver did; braking = p95 of the *sustained*
///   deceleration (longitudinal g averaged over ±10 m, corrected for the road's grade) in
///   straight-line braking; traction/power = a **speed-dependent acceleration envelope**: the
///   highest sustained, grade-corrected longitudinal g per 2 m/s speed band, made non-increasing
///   with speed and extrapolated ∝ 1/v above the highest band; top speed = the fastest the car
///   went (the envelope has no drag to end acceleration). Fewer than 20 points in any set →
///   defaults (§8.6 B), `calibrated` false. There is no speed-banded *grip* cap.
/// - **Shared slow points**: where every lap slows by ≥ 2 m/s on a straight, the fastest lap's speed caps the
///   model (`straightSlowdowns`).
/// - **C/D.** cornering limit √(μ g/|κ|), friction ellipse (forward: the power envelope at that
///   speed, capped by the traction limit — the envelope's low-speed value — reduced by the
///   ellipse; the spec scales the power-limited value itself, which under-rates acceleration
///   out of fast corners), forward and backward passes around the closed lap from its slowest
///   point (steady state: same speed at both ends), the road's grade (sin θ from altitude over
///   50 m, §8.6's refinement) against the car uphill and with it downhill; drag only with a car.
/// - **Guarantee**: if the profile is still slower than the best lap (the driver combined
///   braking and cornering beyond the fitted ellipse), lateral and braking grip are raised in
///   1 % steps (≤ 20) until it is not.
/// - **E/F.** transitions and lap time (including the closing piece to the line).
/// - **Equipment** (platform.md §4.6, a `VehicleSetup`): the tyre's friction on the session's surface is the
///   lateral and braking grip everywhere (no per-point raise, no guarantee: the profile is what the equipment
///   allows). A car adds power-limited acceleration P/(m·v·g) capped by what its driven wheels transmit, air drag
///   and rolling resistance in both passes, and the top speed where power meets resistance. Without a car the
///   acceleration stays fitted to the telemetry. `parameter_sources` says which is which.
public enum OptimalProfile {
    /// Defaults of §8.6 B.
    public static let defaults = VehicleParams(mu: 1.0, maxAccelG: 0.5, maxDecelG: 1.0, maxLateralG: 1.0,
                                               topSpeedMps: 80.0, calibrated: false)
    static let g = AnalysisConstants.gravity
    static let bandMps = 2.0
    /// Half-length of the averaging of longitudinal g for the braking and acceleration capability (m): braking zones
    /// and straights are longer than 50 m, while the GPS-derived channel's noise lives on single samples, so a p95
    /// of raw samples reads the noise's peaks as capability the car does not have.
    static let sustainedAverageM = 10.0

    /// The model's inputs.
    public struct Model: Sendable {
        /// |κ| per grid point (1/m).
        public var curvature: [Double]
        /// Lateral grip per grid point (g): the global value, raised where the best lap itself
        /// cornered harder (empty = global everywhere).
        public var lateral: [Double] = []
        /// Grid spacing (m).
        public var step: Double
        /// Length of the closing piece from the last grid point to the line (m).
        public var closing: Double
        public var params: VehicleParams
        /// Acceleration envelope: band lower speeds (m/s) and max accel (g), non-increasing.
        public var accelSpeeds: [Double]
        public var accelG: [Double]
        /// Road gradient per grid point, sin θ (positive uphill; empty = level).
        public var grade: [Double] = []
        /// Speed caps per grid point (m/s, empty = none): where every lap slows on a straight (`straightSlowdowns`).
        public var speedCap: [Double] = []
        /// The car's power and traction, when the equipment names one (replaces the envelope).
        public var engine: Engine? = nil
        /// Air drag and rolling resistance, when the equipment names a car.
        public var resistance: Resistance? = nil
        /// Drive lost at each upshift, when the gearbox is known (a simulated car's, for scoring against its truth).
        public var driveCut: DriveCut? = nil
        public var sources = ParameterSources.all(.default)
        /// The equipment profile the parameters came from.
        public var profileID: String? = nil

        /// A car's drive: wheel power over mass, capped by the driven wheels' traction.
        public struct Engine: Sendable {
            public var wheelPowerW: Double
            public var massKg: Double
            public var tractionG: Double
        }

        /// A gearbox that cuts the drive for `seconds` whenever the speed rises through one of `upshiftSpeeds` (m/s).
        public struct DriveCut: Sendable {
            public var upshiftSpeeds: [Double]
            public var seconds: Double
            /// Number of upshift speeds at or below v.
            func gear(_ v: Double) -> Int { upshiftSpeeds.reduce(0) { $1 <= v ? $0 + 1 : $0 } }
        }

        /// Forces against the motion: ½ρ·CdA·v² and rolling resistance.
        public struct Resistance: Sendable {
            public var dragAreaM2: Double
            public var airDensity: Double
            public var massKg: Double
            func g(_ v: Double) -> Double {
                CarPhysics.resistanceG(speed: v, dragAreaM2: dragAreaM2, airDensity: airDensity, massKg: massKg)
            }
        }

        /// Traction limit (g): the car's, else the envelope's low-speed value (default: max_accel_g).
        var tractionG: Double { engine?.tractionG ?? accelG.first ?? params.maxAccelG }

        /// Deceleration by resistance at speed v (g); 0 without a car.
        func resistanceG(_ v: Double) -> Double { resistance?.g(v) ?? 0 }

        /// Available acceleration at speed v (g).
        func accel(_ v: Double) -> Double {
            if let engine {
                return min(engine.tractionG, CarPhysics.powerLimitedG(speed: v, wheelPowerW: engine.wheelPowerW, massKg: engine.massKg))
            }
            guard !accelSpeeds.isEmpty else { return params.maxAccelG }
            let top = accelSpeeds.count - 1
            if v >= accelSpeeds[top] + OptimalProfile.bandMps {
                return accelG[top] * (accelSpeeds[top] + OptimalProfile.bandMps) / max(v, 1)
            }
            var k = Int(max(0, (v - accelSpeeds[0]) / OptimalProfile.bandMps))   // truncation = floor
            k = min(max(k, 0), top)
            return accelG[k]
        }
    }

    /// Signed-free curvature of the driven line from heading (1/m), rate-limited and clamped.
    public static func curvature(heading: [Double], step: Double) -> [Double] {
        let k = CornerDetection.curvature(heading: heading, step: step)   // °/m, σ 8 m
        var kappa = k.map { abs($0) * .pi / 180 }
        // Rate limit (forward and backward; keep the smaller magnitude) and clamp.
        let maxStep = 0.02 * step
        var fwd = kappa, bwd = kappa
        for i in 1..<max(1, kappa.count) { fwd[i] = min(max(fwd[i], fwd[i - 1] - maxStep), fwd[i - 1] + maxStep) }
        if kappa.count >= 2 {
            for i in stride(from: kappa.count - 2, through: 0, by: -1) {
                bwd[i] = min(max(bwd[i], bwd[i + 1] - maxStep), bwd[i + 1] + maxStep)
            }
        }
        for i in kappa.indices { kappa[i] = min(0.33, abs(fwd[i]) < abs(bwd[i]) ? fwd[i] : bwd[i]) }
        return kappa
    }

    /// Calibrates the model from the coaching laps (`laps`, best included) and the best lap.
    public static func model(best: ResampledLap, bestLength: Double?, laps: [ResampledLap]) -> Model {
        var line = lineModel(best: best, bestLength: bestLength, params: defaults)
        let step = line.step, kappa = line.curvature
        var lateral: [Double] = [], braking: [Double] = [], accelSet: [(v: Double, a: Double)] = []
        for lap in laps {
            guard let la = lap.lateralG, let lo = lap.longitudinalG else { continue }
            let sustained = lo.allSatisfy(\.isFinite) ? CornerDetection.boxPass(lo, half: Int(sustainedAverageM / step)) : lo
            let lapGrade = grade(altitude: lap.altitude, step: step)
            for i in 0..<lap.count where la[i].isFinite && lo[i].isFinite {
                let lat = abs(la[i]), lon = lo[i]
                let slope = i < lapGrade.count ? lapGrade[i] : 0
                if abs(lon) < 0.2 && lat >= 0.3 { lateral.append(lat) }
                if lon < -0.2 && lat < 0.2 && sustained[i] + slope < 0 { braking.append(-sustained[i] - slope) }
                if lon > 0.05 && lat < 0.3 && sustained[i] + slope > 0 { accelSet.append((lap.speed[i], sustained[i] + slope)) }
            }
        }
        line.speedCap = straightSlowdowns(laps, kappa: kappa, step: step)
        guard lateral.count >= 20, braking.count >= 20, accelSet.filter({ $0.a > 0.2 }).count >= 20 else { return line }
        let n = best.count
        // Lateral: the driver's p99, at least the best lap's own p99 demand.
        var demand: [Double] = []
        for i in 0..<best.count where kappa[i] > 1e-4 { demand.append(best.speed[i] * best.speed[i] * kappa[i] / g) }
        let lat95 = Numerics.percentileSelect(&lateral, 95)
        let demand95 = demand.isEmpty ? 0 : Numerics.percentileSelect(&demand, 95)
        let maxLat = max(lat95, demand95)
        let maxDecel = Numerics.percentileSelect(&braking, 95)
        // Acceleration envelope per speed band.
        let vmin = accelSet.map(\.v).min()!, vmax = accelSet.map(\.v).max()!
        let maxBands = Int(PhysicalBounds.maxSpeedMps / bandMps) + 1
        let bands = Numerics.clampedInt((vmax - vmin) / bandMps, 0...(maxBands - 1), rounding: .down) + 1
        var perBand = [[Double]](repeating: [], count: bands)
        for s in accelSet {
            let k = Numerics.clampedInt((s.v - vmin) / bandMps, 0...(bands - 1), rounding: .down)
            perBand[k].append(s.a)
        }
        var env = perBand.indices.map { k -> Double in
            perBand[k].count >= 20 ? Numerics.percentileSelect(&perBand[k], 95) : (perBand[k].max() ?? 0)
        }
        // Non-increasing with speed: each band gets the best of itself and faster bands.
        for k in stride(from: bands - 2, through: 0, by: -1) { env[k] = max(env[k], env[k + 1]) }
        let speeds = (0..<bands).map { vmin + Double($0) * bandMps }
        // Top speed: the fastest the car went. Beyond it the fitted envelope would be extrapolated without the drag that
        // grows with v² and ends acceleration, and the model would out-run the car on every long straight.
        let observedTop = laps.reduce(0.0) { top, lap in lap.speed.reduce(top) { $1.isFinite ? max($0, $1) : $0 } }
        let top = observedTop > 5 ? min(defaults.topSpeedMps, observedTop) : defaults.topSpeedMps
        let params = VehicleParams(mu: max(maxLat, maxDecel), maxAccelG: env.first ?? defaults.maxAccelG, maxDecelG: maxDecel,
                                   maxLateralG: maxLat, topSpeedMps: top, calibrated: true)
        // Per point: at least the best lap's own lateral demand (mean over ±10 m), capped at 1.3 × global.
        var lateralAt = [Double](repeating: maxLat, count: n)
        var raw = [Double](repeating: 0, count: n)
        for i in 0..<n { raw[i] = best.speed[i] * best.speed[i] * kappa[i] / g }
        let smooth = CornerDetection.boxPass(raw, half: Int(10 / step))
        for i in 0..<n { lateralAt[i] = min(1.3 * maxLat, max(maxLat, smooth[i])) }
        var fitted = line
        fitted.lateral = lateralAt
        fitted.params = params
        fitted.accelSpeeds = speeds
        fitted.accelG = env
        fitted.sources = .all(.telemetry)
        return fitted
    }

    /// The best lap's line as a model (curvature, grid, closing piece to the line, grade) with `params` and nothing
    /// fitted: no per-point grip, no acceleration envelope, no speed caps.
    static func lineModel(best: ResampledLap, bestLength: Double?, params: VehicleParams) -> Model {
        let step = best.distance.step
        return Model(curvature: curvature(heading: best.heading, step: step), step: step,
                     closing: max(0, (bestLength ?? best.lastDistance) - best.lastDistance), params: params,
                     accelSpeeds: [], accelG: [], grade: grade(altitude: best.altitude, step: step))
    }

    /// The model with the equipment's parameters in place of fitted or default ones (see the type's notes).
    public static func model(_ base: Model, setup: VehicleSetup) -> Model {
        var m = base
        let mu = setup.mu
        m.profileID = setup.profileID
        m.lateral = []
        m.params.mu = mu
        m.params.maxLateralG = mu
        m.params.maxDecelG = mu
        m.params.tyreMu = setup.tyreMu
        m.params.surfaceGrip = setup.surfaceGrip
        m.sources.mu = .equipment
        m.sources.maxLateralG = .equipment
        m.sources.maxDecelG = .equipment
        guard let car = setup.car else {
            m.params.maxAccelG = min(m.tractionG, mu)
            m.accelG = m.accelG.map { min($0, mu) }
            return m
        }
        let power = CarPhysics.wheelPowerW(car), area = CarPhysics.dragArea(car)
        let density = CarPhysics.airDensity(tempC: setup.ambientTempC)
        let traction = CarPhysics.tractionLimitG(mu: mu, car: car)
        m.engine = .init(wheelPowerW: power, massKg: car.massKg, tractionG: traction)
        m.resistance = .init(dragAreaM2: area, airDensity: density, massKg: car.massKg)
        m.accelSpeeds = []
        m.accelG = []
        m.params.maxAccelG = traction
        m.params.topSpeedMps = CarPhysics.topSpeed(wheelPowerW: power, dragAreaM2: area, airDensity: density, massKg: car.massKg)
        m.params.calibrated = false
        m.params.massKg = car.massKg
        m.params.wheelPowerKw = power / 1000
        m.params.dragAreaM2 = area
        m.params.airDensityKgM3 = density
        m.sources.maxAccelG = .equipment
        m.sources.topSpeedMps = .equipment
        m.sources.drag = .equipment
        return m
    }

    /// Road gradient sin θ per grid point from altitude averaged over 50 m (§8.6 optional refinement); empty without
    /// a complete altitude channel.
    static func grade(altitude: [Double]?, step: Double) -> [Double] {
        guard let altitude, altitude.count >= 3, altitude.allSatisfy(\.isFinite) else { return [] }
        let smooth = CornerDetection.boxPass(altitude, half: Int(25 / step))
        let n = smooth.count
        return (0..<n).map { i in
            let a = max(0, i - 1), b = min(n - 1, i + 1)
            let slope = (smooth[b] - smooth[a]) / (Double(b - a) * step)
            return slope / (1 + slope * slope).squareRoot()
        }
    }

    /// Slow points on straights that every lap shares: where the fastest of the laps at each point has a local minimum
    /// at least `CornerKPIs.minBrakeDropMps` below the speeds within `CornerKPIs.maxWindowM` on both sides while the
    /// line is no corner (|κ| below `CornerDetection.peakCurvature` within ±`CornerKPIs.windowMarginM`). No lap went
    /// faster there and the line gives no reason to slow, so something the GPS line does not show (a crest, a bump, a
    /// kink the smoothing hides) limits the car: its speed there is capped at the fastest lap's. Empty when none.
    static func straightSlowdowns(_ laps: [ResampledLap], kappa: [Double], step: Double) -> [Double] {
        let n = kappa.count
        guard laps.count >= 2, n > 0 else { return [] }
        var top = [Double](repeating: 0, count: n)
        var seen = [Int](repeating: 0, count: n)
        for lap in laps {
            for i in 0..<min(n, lap.count) where lap.speed[i].isFinite { top[i] = max(top[i], lap.speed[i]); seen[i] += 1 }
        }
        let straightK = CornerDetection.peakCurvature * .pi / 180
        let near = Int(CornerKPIs.windowMarginM / step), far = Int(CornerKPIs.maxWindowM / step)
        guard n > 2 * far else { return [] }
        var cap = [Double](repeating: .infinity, count: n)
        var found = false
        for i in far..<(n - far) where seen[i] == laps.count {
            guard Numerics.argmin(top, (i - near)..<(i + near + 1)) == i,
                  ((i - far)..<i).contains(where: { top[$0] - top[i] >= CornerKPIs.minBrakeDropMps }),
                  ((i + 1)...(i + far)).contains(where: { top[$0] - top[i] >= CornerKPIs.minBrakeDropMps }),
                  !((i - near)...(i + near)).contains(where: { kappa[$0] >= straightK }) else { continue }
            cap[i] = top[i]
            found = true
        }
        return found ? cap : []
    }

    /// Cornering-limit speed per point (step C).
    static func cornerSpeeds(_ m: Model) -> [Double] {
        let mu = min(m.params.mu, m.params.maxLateralG)
        let top = m.params.topSpeedMps
        return m.curvature.indices.map { i in
            let k = m.curvature[i]
            let mui = m.lateral.isEmpty ? mu : max(mu, m.lateral[i])
            var v = k > 1e-6 ? (mui * g / k).squareRoot() : top
            if !v.isFinite { v = top }
            if i < m.speedCap.count { v = min(v, m.speedCap[i]) }
            return min(max(v, 5), top)
        }
    }

    /// Forward/backward passes over the closed lap (step D); returns the optimal speed.
    ///
    /// Closed circuit (n ≥ 4): each pass starts at the point of lowest cornering speed, where
    /// the periodic (steady-state) solution equals the cornering limit, and runs once around
    /// the lap — the same result as the spec's three copies, in a third of the work.
    static func solve(_ m: Model, vCorner: [Double]) -> [Double] {
        let n = vCorner.count
        guard n >= 2 else { return vCorner }
        let closed = n >= 4
        let ds = m.step
        let latMax = m.params.maxLateralG
        let lat = m.lateral.isEmpty ? [Double](repeating: latMax, count: n) : m.lateral.map { max($0, latMax) }
        let traction = m.tractionG, decel = m.params.maxDecelG
        @inline(__always) func available(_ base: Double, _ v: Double, _ kbar: Double, _ a: Int, _ b: Int) -> Double {
            let aLat = v * v * kbar / g
            let limit = (lat[a] + lat[b]) / 2
            let q = abs(aLat) / limit
            let r = min(1, q * q)
            return base * (1 - r).squareRoot()
        }
        let start = closed ? Numerics.argmin(vCorner, 0..<n) : 0
        var fwd = [Double](repeating: 0, count: n)
        fwd[start] = vCorner[start]
        var prev = start
        var gear = m.driveCut?.gear(fwd[start]) ?? 0
        var cutLeft = 0.0
        for step in 1..<(closed ? n : n - start) {
            var a = start + step
            if a >= n { a -= n }
            let kbar = (m.curvature[a] + m.curvature[prev]) / 2
            let v = fwd[prev]
            let slope = m.grade.isEmpty ? 0 : (m.grade[a] + m.grade[prev]) / 2
            var drive = min(m.accel(v), available(traction, v, kbar, a, prev))
            if cutLeft > 0 {
                drive = 0
                cutLeft -= ds / max(v, 1)
            }
            let aLon = drive - m.resistanceG(v) - slope
            fwd[a] = min(vCorner[a], (v * v + 2 * max(aLon, 0) * g * ds).squareRoot())
            if let cut = m.driveCut {
                let next = cut.gear(fwd[a])
                if next > gear { cutLeft = cut.seconds }
                gear = next
            }
            prev = a
        }
        if !closed { for i in 0..<start { fwd[i] = vCorner[i] } }
        let bstart = closed ? start : n - 1
        var bwd = [Double](repeating: 0, count: n)
        bwd[bstart] = vCorner[bstart]
        prev = bstart
        for step in 1..<(closed ? n : n) {
            var a = bstart - step
            if a < 0 { if closed { a += n } else { break } }
            let kbar = (m.curvature[a] + m.curvature[prev]) / 2
            let v = bwd[prev]
            let slope = m.grade.isEmpty ? 0 : (m.grade[a] + m.grade[prev]) / 2
            let aLon = max(0, available(decel, v, kbar, a, prev) + m.resistanceG(v) + slope)
            bwd[a] = min(vCorner[a], (v * v + 2 * aLon * g * ds).squareRoot())
            prev = a
        }
        var out = [Double](repeating: 0, count: n)
        for i in 0..<n { out[i] = min(max(min(fwd[i], bwd[i], vCorner[i]), 5), m.params.topSpeedMps) }
        return out
    }

    /// Steps C, D and F: the cornering limit, the optimal speed and its lap time.
    static func solved(_ m: Model) -> (corner: [Double], speed: [Double], lapTime: Double) {
        let corner = cornerSpeeds(m)
        let speed = solve(m, vCorner: corner)
        return (corner, speed, lapTime(speed, step: m.step, closing: m.closing))
    }

    /// Lap time Σ 2·ds/(vᵢ + vᵢ₊₁) plus the closing piece to the line.
    static func lapTime(_ v: [Double], step: Double, closing: Double) -> Double {
        guard v.count >= 2 else { return 0 }
        var t = 0.0
        for i in 1..<v.count { t += 2 * step / (v[i] + v[i - 1]) }
        if closing > 0 { t += 2 * closing / (v[v.count - 1] + v[0]) }
        return t
    }

    /// Brake and throttle points (step E) on the optimal profile.
    static func transitions(_ v: [Double], distance: [Double]) -> (brake: [Double], throttle: [Double]) {
        guard !v.isEmpty else { return ([], []) }
        enum State { case cruise, accel, decel }
        var state = State.cruise
        var anchor = 0
        var brake: [Double] = [], throttle: [Double] = []
        for i in 1..<v.count {
            let d = v[i] - v[anchor]
            if state != .decel && d < -0.5 {
                state = .decel; brake.append(distance[anchor]); anchor = i
            } else if state != .accel && d > 0.5 {
                state = .accel; throttle.append(distance[anchor]); anchor = i
            }
            if state == .decel && v[i] < v[anchor] { anchor = i }
            if state == .accel && v[i] > v[anchor] { anchor = i }
        }
        return (brake, throttle)
    }

    /// The profile for `best` (its full crossing-to-crossing length `bestLength` and lap time
    /// `bestLapTime`), calibrated from `laps`, with the equipment's parameters when `setup` is given.
    public static func compute(sessionID: String, best: ResampledLap, bestLength: Double?, bestLapTime: Double?,
                               laps: [ResampledLap], setup: VehicleSetup? = nil) -> OptimalProfileResponse {
        let fitted = model(best: best, bestLength: bestLength, laps: laps)
        var m = setup.map { model(fitted, setup: $0) } ?? fitted
        var (vc, v, t) = solved(m)
        if setup == nil, m.params.calibrated, let target = bestLapTime {
            var tries = 0
            while t > target && tries < 20 {
                m.params.maxLateralG *= 1.01
                m.params.maxDecelG *= 1.01
                m.lateral = m.lateral.map { $0 * 1.01 }
                m.params.mu = max(m.params.maxLateralG, m.params.maxDecelG)
                (vc, v, t) = solved(m)
                tries += 1
            }
        }
        let grid = best.distanceArray
        let (brake, throttle) = transitions(v, distance: grid)
        let k = AnalysisConstants.mpsToMph
        return OptimalProfileResponse(sessionID: sessionID, distanceM: grid, optimalSpeedMph: v.map { $0 * k },
                                      maxCorneringSpeedMph: vc.map { $0 * k }, brakePoints: brake, throttlePoints: throttle,
                                      lapTimeS: t, vehicleParams: m.params, parameterSources: m.sources,
                                      equipmentProfileID: m.profileID)
    }
}
