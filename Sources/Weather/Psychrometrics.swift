import Foundation

/// Moist-air relations used by the evaporation model (FAO Irrigation and Drainage Paper 56, chapter 3).
enum Psychrometrics {
    /// Saturation vapour pressure over water at `temperatureC`, kPa (Tetens form, FAO-56 eq. 11).
    static func saturationVapourPressureKPa(_ temperatureC: Double) -> Double {
        0.6108 * exp(17.27 * temperatureC / (temperatureC + 237.3))
    }

    /// Slope of the saturation vapour pressure curve at `temperatureC`, kPa/K (FAO-56 eq. 13).
    static func saturationSlopeKPaPerK(_ temperatureC: Double) -> Double {
        4098 * saturationVapourPressureKPa(temperatureC) / ((temperatureC + 237.3) * (temperatureC + 237.3))
    }

    /// Psychrometric constant at sea-level pressure (101.3 kPa), kPa/K (FAO-56 eq. 8). Track altitude is not
    /// known here; at 1 000 m it is 12 % lower, which changes the evaporation rate by a few percent.
    static let psychrometricConstantKPaPerK = 0.0674
}
