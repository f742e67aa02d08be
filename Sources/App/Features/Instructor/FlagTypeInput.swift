import Storage

/// The four flag types; anything else is a 422 naming them.
enum FlagTypeInput {
    static func parse(_ raw: String) throws -> FlagType {
        guard let type = FlagType(rawValue: raw) else {
            throw AppError.validation([ValidationIssue(
                type: "enum", loc: ["body", "flag_type"],
                msg: "Input should be 'attention', 'safety', 'improvement' or 'praise'", input: raw)])
        }
        return type
    }
}
