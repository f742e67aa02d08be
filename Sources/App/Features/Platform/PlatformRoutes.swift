import Hummingbird
import Prometheus
import Storage

/// Health, metrics and the API description.
enum PlatformRoutes {
    static func routes(database: any SQLDatabase, registry: PrometheusCollectorRegistry,
                       openAPI: @escaping @Sendable () -> OpenAPIDocument) -> [RouteSpec] {
        [
            RouteSpec(.get, "/health", on: .platform, tag: "Health", summary: "Service and database health", docs: PlatformDocs.health) { _, _, _ in
                JSONCoding.response(encoded: await database.ping() ? HealthResponse.healthy : HealthResponse.degraded)
            },
            RouteSpec(.get, "/metrics", on: .platform, tag: "Health", summary: "Prometheus metrics", docs: PlatformDocs.metrics) { _, _, _ in
                Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                         body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
            },
            RouteSpec(.get, "/openapi.json", on: .platform, tag: "Docs", summary: "OpenAPI 3.1 description of this API", docs: PlatformDocs.openAPI) { _, _, _ in
                try JSONCoding.response(openAPI())
            },
            RouteSpec(.get, "/docs", on: .platform, tag: "Docs", summary: "Swagger UI for the API description", docs: PlatformDocs.swaggerUI) { _, _, _ in
                Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                         body: .init(byteBuffer: ByteBuffer(string: SwaggerPage.html)))
            },
        ]
    }
}
