import Foundation

/// How fast a water film evaporates off track asphalt: the Penman (1948) combination equation for a wet surface,
///
///     E = (Δ·A/λ + γ·Eₐ) / (Δ + γ)          (mm/h, clamped at 0)
///
/// where Δ is the slope of the saturation vapour-pressure curve and γ the psychrometric constant (`Psychrometrics`),
/// A/λ the available energy expressed as evaporated water, and Eₐ the aerodynamic (drying-power) term. A wet surface
/// is at saturation, so no surface resistance enters: this is the potential evaporation of open water, the right
/// limit for a film lying on (and in the texture of) the asphalt.
///
/// Energy (W/m², converted at λ = 2.45 MJ/kg, i.e. 1 W/m² evaporates 0.001 469 mm/h):
///
///     A = (1 − g)·[(1 − α)·S − L]
///
/// - `S`: Open-Meteo's direct radiation on the horizontal plane. Diffuse light is not in the §2.9 variable list, so
///   it is left out: under cloud the model dries the track more slowly than reality (errs toward wet).
/// - `α = 0.10`: albedo of wet asphalt (fresh asphalt ≈ 0.05, aged ≈ 0.10–0.15; a water film darkens it).
/// - `L = ε·σ·T⁴·(1 − ε_sky)`: net long-wave loss, with `ε = 0.96` (water), `σ = 5.670 374·10⁻⁸ W m⁻² K⁻⁴`, the
///   clear-sky emissivity of Brutsaert (1975) `ε_clear = 1.24·(eₐ[hPa]/T[K])^(1/7)`, raised toward 1 by the cloud
///   fraction `c` (`ε_sky = c + (1 − c)·ε_clear`, Crawford & Duchon 1999). At night it is the only term, so a clear
///   night slows drying.
/// - `g = 0.30`: the share of the net radiation that goes into (or, at night, comes out of) the pavement instead of
///   the film — dense asphalt has a large thermal admittance, and measured midday ground-heat-flux fractions over
///   paved surfaces are a few tenths of the net radiation.
///
/// Aerodynamic term, Penman's open-water wind function: `Eₐ = 0.26·(1 + 0.54·u₂)·(eₛ − eₐ)` mm/day with the vapour
/// pressure deficit in hPa and `u₂` the wind at 2 m, from Open-Meteo's 10 m wind by the logarithmic profile of FAO-56
/// eq. 47 (`u₂ = u₁₀·4.87/ln(67.8·10 − 5.42) = 0.748·u₁₀`).
///
/// Orders of magnitude: 25 °C, 50 % RH, 15 km/h, 600 W/m² sun → about 0.5 mm/h (a soaked track dries within the
/// hour); 10 °C, 90 % RH, 8 km/h, overcast → about 0.01 mm/h (it stays wet all day). Condensation (dew)
/// is not modelled: the rate never goes below 0.
enum WaterFilmEvaporation {
    static let albedo = 0.10
    static let emissivity = 0.96
    static let stefanBoltzmann = 5.670_374e-8
    static let pavementHeatShare = 0.30
    /// Latent heat of vaporisation, J/kg (FAO-56, at about 20 °C).
    static let latentHeatJPerKg = 2.45e6
    /// 10 m → 2 m wind (FAO-56 eq. 47).
    static let windAt2mPer10m = 4.87 / log(67.8 * 10 - 5.42)

    /// The evaporation rate in `conditions`, mm/h (finite, ≥ 0).
    static func rateMmPerHour(_ conditions: DryingConditions) -> Double {
        let temperature = conditions.temperatureC
        let kelvin = temperature + 273.15
        let saturation = Psychrometrics.saturationVapourPressureKPa(temperature)
        let vapour = min(max(conditions.vapourPressureKPa, 0), saturation)
        let delta = Psychrometrics.saturationSlopeKPaPerK(temperature)
        let gamma = Psychrometrics.psychrometricConstantKPaPerK

        let clearSky = 1.24 * pow(max(vapour * 10, 0.01) / kelvin, 1.0 / 7.0)
        let cloud = min(max(conditions.cloudFraction, 0), 1)
        let skyEmissivity = min(1, cloud + (1 - cloud) * clearSky)
        let longWaveLoss = emissivity * stefanBoltzmann * pow(kelvin, 4) * (1 - skyEmissivity)
        let available = (1 - pavementHeatShare) * ((1 - albedo) * max(conditions.directRadiationWm2, 0) - longWaveLoss)
        let energyTerm = available * 3_600 / latentHeatJPerKg // W/m² → kg/m²/h = mm/h

        let windAt2m = max(conditions.windSpeedKmh, 0) / 3.6 * windAt2mPer10m
        let deficitHPa = (saturation - vapour) * 10
        let aerodynamicTerm = 0.26 * (1 + 0.54 * windAt2m) * deficitHPa / 24

        let rate = (delta * energyTerm + gamma * aerodynamicTerm) / (delta + gamma)
        return rate.isFinite ? max(0, rate) : 0
    }
}
