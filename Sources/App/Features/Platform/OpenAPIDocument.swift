/// An OpenAPI 3.1 description generated from the declared routes, so it cannot drift from the router.
public struct OpenAPIDocument: Encodable, Sendable {
    struct Info: Encodable, Sendable { var title: String; var version: String; var description: String }
    struct Parameter: Encodable, Sendable {
        var name: String
        var `in`: String
        var required: Bool
        var schema: [String: String]
    }
    struct ResponseObject: Encodable, Sendable {
        var description: String
        var content: [String: [String: [String: String]]]?
    }
    struct Operation: Encodable, Sendable {
        var summary: String
        var tags: [String]
        var operationId: String
        var parameters: [Parameter]?
        var responses: [String: ResponseObject]
    }

    var openapi = "3.1.0"
    var info: Info
    var paths: [String: [String: Operation]]
    var components: [String: [String: AnySchema]]

    public init(routes: RouteTable) {
        info = Info(title: "Cataclysm API", version: "1.0.0",
                    description: "Track-day telemetry analysis and coaching. Errors are {\"detail\": …}.")
        var paths: [String: [String: Operation]] = [:]
        let errorRef = ["$ref": "#/components/schemas/Error"]
        for spec in routes.specs {
            let parameters = spec.parameters.map { Parameter(name: $0, in: "path", required: true, schema: ["type": "string"]) }
            let operationID = spec.method.rawValue.lowercased() + spec.path
                .replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
                .split(separator: "/").map { $0.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: ".", with: "_") }
                .joined(separator: "_")
            paths[spec.path, default: [:]][spec.method.rawValue.lowercased()] = Operation(
                summary: spec.summary, tags: [spec.tag], operationId: operationID,
                parameters: parameters.isEmpty ? nil : parameters,
                responses: [
                    "200": ResponseObject(description: "Success", content: nil),
                    "default": ResponseObject(description: "Error", content: ["application/json": ["schema": errorRef]]),
                ])
        }
        self.paths = paths
        components = ["schemas": ["Error": AnySchema.errorEnvelope]]
    }
}

/// The few JSON schemas the description spells out.
struct AnySchema: Encodable, Sendable {
    var type: String
    var required: [String]
    var properties: [String: [String: [String]]]

    static let errorEnvelope = AnySchema(type: "object", required: ["detail"],
                                         properties: ["detail": ["type": ["string", "array"]]])
}
