/// Lap tag vocabulary (platform.md §2.8 "New"): the predefined tags plus custom ones of 1–32 `[a-z0-9-]`, at most 10.
enum LapTagRules {
    static let predefined: Set<String> = ["clean", "traffic", "off-line", "experimental", "rain", "cold-tires"]
    static let maxPerLap = 10

    /// The normalized tag set, or the 422 detail naming what is wrong.
    static func validate(_ tags: [String]) throws -> [String] {
        let unique = Array(Set(tags)).sorted()
        guard unique.count <= maxPerLap else {
            throw AppError.unprocessable("At most \(maxPerLap) tags per lap (got \(unique.count))")
        }
        for tag in unique where !predefined.contains(tag) {
            let valid = (1...32).contains(tag.count)
                && tag.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            guard valid else {
                throw AppError.unprocessable("Invalid tag '\(tag)': use 1-32 characters of a-z, 0-9 and '-'")
            }
        }
        return unique
    }
}
