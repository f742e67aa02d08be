import PDF

/// Speed → colour for the track map: blue for the slowest speed of the lap through green and yellow to red for the
/// fastest, in `bins` steps (a polyline changes colour only where the bin changes).
struct SpeedColorScale {
    let minimum: Double
    let maximum: Double
    let bins: Int

    static let stops: [PDFColor] = [0x2C7BB6, 0x00A6CA, 0x7FD39B, 0xF9D057, 0xF29E2E, 0xD7191C].map { PDFColor(hex: $0) }

    init(speeds: [Double], bins: Int = 24) {
        let finite = speeds.filter { $0.isFinite }
        minimum = finite.min() ?? 0
        maximum = max(finite.max() ?? 1, minimum + 1)
        self.bins = bins
    }

    /// The bin of a speed, 0 … bins − 1.
    func bin(_ speed: Double) -> Int {
        guard speed.isFinite else { return 0 }
        return min(max(Int((speed - minimum) / (maximum - minimum) * Double(bins)), 0), bins - 1)
    }

    /// The colour of a bin (its centre on the ramp).
    func color(bin: Int) -> PDFColor { Self.color(at: (Double(bin) + 0.5) / Double(bins)) }

    /// The ramp's colour at `t` in 0…1.
    static func color(at t: Double) -> PDFColor {
        let position = min(max(t, 0), 1) * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        return stops[index].mixed(with: stops[index + 1], position - Double(index))
    }
}
