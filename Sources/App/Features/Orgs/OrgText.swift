/// Required, non-blank text fields of the organization bodies.
enum OrgText {
    static func required(_ key: String, in body: JSONBody) throws -> String {
        let text = try body.requiredString(key)
        guard !text.allSatisfy(\.isWhitespace) else {
            throw AppError.validation([ValidationIssue(type: "string_too_short", loc: ["body", key],
                                                       msg: "String should have at least 1 character", input: text,
                                                       ctx: ["min_length": 1])])
        }
        return text
    }
}
