/// Ranking of corners by one number (the answers' "top N" lists).
enum Ranking {
    /// The items with a `key`, ranked by it (largest first when `descending`), ties by `order` ascending, at most `top`.
    static func top<T>(_ items: [T], _ top: Int, descending: Bool, order: (T) -> Int, key: (T) -> Double?) -> [(item: T, value: Double)] {
        var keyed: [(item: T, value: Double)] = []
        for item in items { if let v = key(item) { keyed.append((item, v)) } }
        keyed.sort { l, r in
            if l.value != r.value { return descending ? l.value > r.value : l.value < r.value }
            return order(l.item) < order(r.item)
        }
        return Array(keyed.prefix(top))
    }
}
