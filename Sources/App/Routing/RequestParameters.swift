import Hummingbird

/// Typed path and query parameters, each failure the FastAPI-style 422 naming the parameter.
extension AppRequestContext {
    /// An integer path parameter, or the FastAPI-style 422.
    func intParameter(_ name: String) throws -> Int {
        let raw = parameters.get(name) ?? ""
        guard let value = Int(raw) else {
            throw AppError.validation([ValidationIssue(
                type: "int_parsing", loc: ["path", name],
                msg: "Input should be a valid integer, unable to parse string as an integer", input: raw)])
        }
        return value
    }

    /// An optional integer query parameter with bounds, or the FastAPI-style 422.
    func intQuery(_ request: Request, _ name: String, min: Int? = nil, max: Int? = nil) throws -> Int? {
        guard let raw = request.uri.queryParameters.get(name) else { return nil }
        guard let value = Int(raw) else {
            throw AppError.validation([ValidationIssue(
                type: "int_parsing", loc: ["query", name],
                msg: "Input should be a valid integer, unable to parse string as an integer", input: raw)])
        }
        if let min, value < min {
            throw AppError.validation([ValidationIssue(
                type: "greater_than_equal", loc: ["query", name], msg: "Input should be greater than or equal to \(min)",
                input: raw, ctx: ["ge": min])])
        }
        if let max, value > max {
            throw AppError.validation([ValidationIssue(
                type: "less_than_equal", loc: ["query", name], msg: "Input should be less than or equal to \(max)",
                input: raw, ctx: ["le": max])])
        }
        return value
    }

    /// A required integer query parameter, or the FastAPI-style 422.
    func requiredIntQuery(_ request: Request, _ name: String) throws -> Int {
        guard let value = try intQuery(request, name) else {
            throw AppError.validation([ValidationIssue(type: "missing", loc: ["query", name], msg: "Field required")])
        }
        return value
    }

    /// A repeated integer query parameter (`laps=3&laps=5`); at least one value.
    func intQueryList(_ request: Request, _ name: String) throws -> [Int] {
        let raw = request.uri.queryParameters.getAll(name).map { String($0) }
        guard !raw.isEmpty else {
            throw AppError.validation([ValidationIssue(type: "missing", loc: ["query", name], msg: "Field required")])
        }
        return try raw.enumerated().map { index, text in
            guard let value = Int(text) else {
                throw AppError.validation([ValidationIssue(
                    type: "int_parsing", loc: ["query", name, String(index)],
                    msg: "Input should be a valid integer, unable to parse string as an integer", input: text)])
            }
            return value
        }
    }

    /// An optional boolean query parameter (`true/false/1/0/yes/no/on/off`), or the FastAPI-style 422.
    func boolQuery(_ request: Request, _ name: String) throws -> Bool? {
        guard let raw = request.uri.queryParameters.get(name) else { return nil }
        switch raw.lowercased() {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off": return false
        default:
            throw AppError.validation([ValidationIssue(type: "bool_parsing", loc: ["query", name],
                                                       msg: "Input should be a valid boolean, unable to interpret input", input: raw)])
        }
    }

    /// An optional query parameter that must be one of `choices`, or the FastAPI-style 422 listing them.
    func choiceQuery(_ request: Request, _ name: String, among choices: [String]) throws -> String? {
        guard let raw = request.uri.queryParameters.get(name) else { return nil }
        guard choices.contains(raw) else {
            throw AppError.validation([ValidationIssue(type: "literal_error", loc: ["query", name],
                                                       msg: "\(name) must be one of \(BodyFields.listed(choices))", input: raw)])
        }
        return raw
    }

    /// An optional text query parameter; empty or holding a NUL is the FastAPI-style 422.
    func textQuery(_ request: Request, _ name: String) throws -> String? {
        guard let raw = request.uri.queryParameters.get(name) else { return nil }
        guard !raw.isEmpty, !raw.utf8.contains(0) else {
            throw AppError.validation([ValidationIssue(type: "string_too_short", loc: ["query", name],
                                                       msg: "\(name) should be a non-empty string", input: raw)])
        }
        return raw
    }
}
