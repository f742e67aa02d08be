/// The rules for an organization slug (platform.md §11.2 "New"): `^[a-z0-9]+(?:-[a-z0-9]+)*$`, 3–50 characters.
enum OrgSlug {
    static let pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$"
    static let minLength = 3
    static let maxLength = 50

    /// The validation problem with `slug`, or nil when it is acceptable.
    static func problem(_ slug: String) -> ValidationIssue? {
        let loc = ["body", "slug"]
        if slug.count < minLength {
            return ValidationIssue(type: "string_too_short", loc: loc, msg: "String should have at least \(minLength) characters",
                                   input: slug, ctx: ["min_length": minLength])
        }
        if slug.count > maxLength {
            return ValidationIssue(type: "string_too_long", loc: loc, msg: "String should have at most \(maxLength) characters",
                                   input: slug, ctx: ["max_length": maxLength])
        }
        if !matchesPattern(slug) {
            return ValidationIssue(type: "string_pattern_mismatch", loc: loc, msg: "String should match pattern '\(pattern)'",
                                   input: slug)
        }
        return nil
    }

    /// Lowercase ASCII letters and digits in runs joined by single hyphens.
    static func matchesPattern(_ slug: String) -> Bool {
        let runs = slug.split(separator: "-", omittingEmptySubsequences: false)
        return runs.allSatisfy { run in
            !run.isEmpty && run.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
    }
}
