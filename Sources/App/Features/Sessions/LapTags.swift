/// A lap's tags, as read and as written.
struct LapTags: Encodable {
    var lap_number: Int
    var tags: [String]
}
