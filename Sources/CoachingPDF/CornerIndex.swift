/// Where a distance falls on a trace.
enum CornerIndex {
    /// The index of the element of ascending `distances` nearest to `target`; `nil` when empty or `target` is not finite.
    static func nearest(_ distances: ArraySlice<Double>, to target: Double) -> Int? {
        guard !distances.isEmpty, target.isFinite else { return nil }
        var low = distances.startIndex, high = distances.endIndex - 1
        while low < high {
            let mid = (low + high) / 2
            if distances[mid] < target { low = mid + 1 } else { high = mid }
        }
        if low > distances.startIndex && abs(distances[low - 1] - target) <= abs(distances[low] - target) { return low - 1 }
        return low
    }
}
