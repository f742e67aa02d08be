/// API-description entries of the platform routes.
enum PlatformDocs {
    static let health = RouteDocs(.open, .json(.object(["status": .oneOf(["ok", "degraded"]), "db": .oneOf(["ok", "error"])])))
    static let metrics = RouteDocs(.open, .text("text/plain"))
    static let openAPI = RouteDocs(.open, .json(.object([
        "openapi": .string, "info": .object(["title": .string, "version": .string, "description": .string]),
        "paths": .map(.map(.object(["operationId": .string, "responses": .map(.object(["description": .string]))]))),
        "components": .object(["schemas": .map(.object([:]))]),
    ])))
    static let swaggerUI = RouteDocs(.open, .text("text/html"))
}
