import Foundation

extension Optional where Wrapped == Double {
    /// The value when it is a finite number, else nil.
    var finite: Double? {
        guard let value = self, value.isFinite else { return nil }
        return value
    }
}

extension Double {
    /// The value rounded to `places` decimals (for stored numbers: 21.43 °C, 0.123 mm).
    func rounded(places: Int) -> Double {
        let scale = Foundation.pow(10.0, Double(places))
        let scaled = self * scale
        return scaled.isFinite ? scaled.rounded() / scale : self
    }
}
