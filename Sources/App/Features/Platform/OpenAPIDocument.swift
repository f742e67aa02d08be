/// An OpenAPI 3.1 description generated from the declared routes and their `RouteDocs`, so it cannot drift from the
/// router: parameters, request bodies, the success response with its schema, and every error status the route can
/// answer (all `{"detail": …}`, the `Error` schema).
public struct OpenAPIDocument: Encodable, Sendable {
    struct Info: Encodable, Sendable { var title: String; var version: String; var description: String }
    struct Parameter: Encodable, Sendable {
        var name: String
        var `in`: String
        var required: Bool
        var schema: JSONSchema
        var description: String?
        var style: String?
        var explode: Bool?
    }
    struct MediaType: Encodable, Sendable {
        var schema: JSONSchema
    }
    struct RequestBody: Encodable, Sendable {
        var required: Bool
        var content: [String: MediaType]
    }
    struct ResponseObject: Encodable, Sendable {
        var description: String
        var content: [String: MediaType]?
    }
    struct Operation: Encodable, Sendable {
        var summary: String
        var tags: [String]
        var operationId: String
        var parameters: [Parameter]?
        var requestBody: RequestBody?
        var responses: [String: ResponseObject]
    }
    struct Components: Encodable, Sendable {
        var schemas: [String: JSONSchema]
    }

    var openapi = "3.1.0"
    var info: Info
    var paths: [String: [String: Operation]]
    var components: Components

    public init(routes: RouteTable) {
        info = Info(title: "Cataclysm API", version: "1.0.0",
                    description: "Track-day telemetry analysis and coaching. Errors are {\"detail\": …}.")
        var paths: [String: [String: Operation]] = [:]
        for spec in routes.specs {
            paths[spec.path, default: [:]][spec.method.rawValue.lowercased()] = Self.operation(spec)
        }
        self.paths = paths
        components = Components(schemas: ["Error": Self.errorSchema])
    }

    /// `{"detail": "message"}` or `{"detail": [{"type", "loc", "msg", …}]}`.
    static let errorSchema = JSONSchema.object([
        "detail": .anyOf([.string, .array(.object(["type": .string, "loc": .array(.string), "msg": .string],
                                                  optional: ["input": JSONSchema.string.nullable, "ctx": .map(.integer)]))]),
    ])

    static func operation(_ spec: RouteSpec) -> Operation {
        let docs = spec.docs
        var parameters = spec.parameters.map { name in
            Parameter(name: name, in: "path", required: true, schema: docs?.pathTypes[name] ?? .string)
        }
        for query in docs?.query ?? [] {
            let isList = query.schema.types == ["array"]
            parameters.append(Parameter(name: query.name, in: "query", required: query.required, schema: query.schema,
                                        description: query.description, style: isList ? "form" : nil,
                                        explode: isList ? true : nil))
        }
        var responses: [String: ResponseObject] = [:]
        if let docs {
            switch docs.response {
            case .json(let schema):
                responses[String(docs.status)] = ResponseObject(description: "Success",
                                                                content: ["application/json": MediaType(schema: schema)])
            case .text(let mediaType):
                responses[String(docs.status)] = ResponseObject(description: "Success",
                                                                content: [mediaType: MediaType(schema: .string)])
            case .binary(let mediaType):
                responses[String(docs.status)] = ResponseObject(description: "Success",
                                                                content: [mediaType: MediaType(schema: JSONSchema.string.format("binary"))])
            case .empty:
                responses[String(docs.status)] = ResponseObject(description: "Success", content: nil)
            }
            let errorContent = ["application/json": MediaType(schema: .ref("Error"))]
            for status in docs.errorStatuses(pathParameters: spec.parameters) {
                responses[String(status)] = ResponseObject(description: reason(status), content: errorContent)
            }
        } else {
            responses["200"] = ResponseObject(description: "Success", content: nil)
        }
        return Operation(summary: spec.summary, tags: [spec.tag], operationId: operationID(spec),
                         parameters: parameters.isEmpty ? nil : parameters, requestBody: docs?.body.map(requestBody),
                         responses: responses)
    }

    static func requestBody(_ body: RouteDocs.Body) -> RequestBody {
        switch body {
        case .json(let schema, let required):
            return RequestBody(required: required, content: ["application/json": MediaType(schema: schema)])
        case .files(let maxFiles):
            var files = JSONSchema.array(.binary, minItems: 1)
            if maxFiles == 1 { files = files.described("Exactly one RaceChrono CSV v3 file") }
            return RequestBody(required: true, content: [
                "multipart/form-data": MediaType(schema: .object(["files": files])),
            ])
        }
    }

    static func operationID(_ spec: RouteSpec) -> String {
        spec.method.rawValue.lowercased() + spec.path
            .replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
            .split(separator: "/").map { $0.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: ".", with: "_") }
            .joined(separator: "_")
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 400: return "Bad request"
        case 401: return "Not authenticated"
        case 403: return "Refused by the policy"
        case 404: return "Not found (or not visible to the caller)"
        case 409: return "Conflict"
        case 410: return "Gone (the share link has expired)"
        case 413: return "Request body or file too large"
        case 422: return "Invalid input"
        case 429: return "Rate limited (see Retry-After)"
        case 503: return "Authentication is not configured"
        default: return "Error"
        }
    }
}
