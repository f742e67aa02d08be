/// A lap's tags, as read and as written.
struct LapTags: Codable {
    var lap_number: Int
    var tags: [String]
}
