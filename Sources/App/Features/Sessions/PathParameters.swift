import Hummingbird

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
}
