extension Optional {
    /// The finite number at `index` of an optional array of optional numbers (Open-Meteo's parallel arrays).
    func value(at index: Int) -> Double? where Wrapped == [Double?] {
        guard let values = self, values.indices.contains(index), let value = values[index], value.isFinite else { return nil }
        return value
    }
}
