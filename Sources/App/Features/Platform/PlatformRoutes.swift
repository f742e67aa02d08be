import Hummingbird
import Prometheus
import Storage

/// Health, metrics and the API description.
enum PlatformRoutes {
    static func routes(database: any SQLDatabase, registry: PrometheusCollectorRegistry,
                       openAPI: @escaping @Sendable () -> OpenAPIDocument) -> [RouteSpec] {
        [
            RouteSpec(.get, "/health", tag: "Health", summary: "Service and database health", docs: PlatformDocs.health) { _, _ in
                let dbOK = await database.ping()
                return try JSONCoding.response(HealthResponse(status: dbOK ? "ok" : "degraded", db: dbOK ? "ok" : "error"))
            },
            RouteSpec(.get, "/metrics", tag: "Health", summary: "Prometheus metrics", docs: PlatformDocs.metrics) { _, _ in
                Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                         body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
            },
            RouteSpec(.get, "/openapi.json", tag: "Docs", summary: "OpenAPI 3.1 description of this API", docs: PlatformDocs.openAPI) { _, _ in
                try JSONCoding.response(openAPI())
            },
            RouteSpec(.get, "/docs", tag: "Docs", summary: "Swagger UI for the API description", docs: PlatformDocs.swaggerUI) { _, _ in
                Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                         body: .init(byteBuffer: ByteBuffer(string: SwaggerPage.html)))
            },
        ]
    }
}

struct HealthResponse: Codable {
    var status: String
    var db: String
}

enum SwaggerPage {
    static let html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Cataclysm API</title>
          <link rel="stylesheet" href="https://unpkg.com/swagger-ui-dist@5/swagger-ui.css">
        </head>
        <body>
          <div id="swagger-ui"></div>
          <script src="https://unpkg.com/swagger-ui-dist@5/swagger-ui-bundle.js" crossorigin></script>
          <script>
            window.onload = () => { window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" }); };
          </script>
        </body>
        </html>
        """
}
