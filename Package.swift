// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "Cataclysm",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cataclysm", targets: ["cataclysm"]),
        // For the fuzz package in Tests/Fuzz (built with -sanitize=fuzzer by Scripts/fuzz.sh).
        .library(name: "PipelineExercise", targets: ["PipelineExercise"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.8.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/jpsim/Yams.git", "5.0.1"..<"7.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        .target(
            name: "TelemetryCore",
            // The numeric core is optimized even in debug builds: tests ingest megabytes of telemetry.
            swiftSettings: strict + [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        .target(
            name: "Benchmarks",
            dependencies: ["TelemetryCore", "Coaching", "CoachingPDF"],
            swiftSettings: strict + [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        .target(
            name: "PipelineExercise",
            dependencies: ["TelemetryCore"],
            swiftSettings: strict + [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        .target(
            name: "Coaching",
            dependencies: ["TelemetryCore"],
            exclude: ["RUBRIC.md"],
            swiftSettings: strict
        ),
        .target(name: "JSONValues", swiftSettings: strict),
        .target(name: "Equipment", dependencies: ["TelemetryCore"], resources: [.copy("Resources")], swiftSettings: strict),
        .target(
            name: "PDF",
            dependencies: [
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "CoachingPDF",
            dependencies: ["PDF", "Coaching", "TelemetryCore"],
            swiftSettings: strict
        ),
        .target(
            name: "CoachingProviders",
            dependencies: [
                "Coaching", "JSONValues",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "Weather",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "AuthJS",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "Policy",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(
            name: "Storage",
            dependencies: [
                "TelemetryCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "App",
            dependencies: [
                "TelemetryCore", "Coaching", "CoachingPDF", "CoachingProviders", "Equipment", "JSONValues", "AuthJS", "Policy",
                "Storage", "Weather",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "cataclysm",
            dependencies: [
                "App", "Policy", "Storage", "TelemetryCore", "Coaching", "CoachingPDF", "AuthJS", "Benchmarks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "TestSupport",
            dependencies: [
                "App", "AuthJS", "Storage",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "TelemetryCoreTests", dependencies: ["TelemetryCore", "PipelineExercise"], swiftSettings: strict),
        .testTarget(name: "AuthJSTests", dependencies: ["AuthJS"], exclude: ["Vectors"], swiftSettings: strict),
        .testTarget(name: "PolicyTests", dependencies: ["Policy"], swiftSettings: strict),
        .testTarget(name: "CoachingTests", dependencies: ["Coaching", "TelemetryCore"], swiftSettings: strict),
        .testTarget(name: "PDFTests", dependencies: ["PDF"], swiftSettings: strict),
        .testTarget(name: "EquipmentTests", dependencies: ["Equipment", "TelemetryCore"], swiftSettings: strict),
        .target(name: "PDFTesting", swiftSettings: strict),
        .testTarget(name: "CoachingPDFTests", dependencies: ["CoachingPDF", "PDF", "PDFTesting", "Coaching", "TelemetryCore"],
                    swiftSettings: strict),
        .testTarget(
            name: "CoachingProvidersTests",
            dependencies: [
                "CoachingProviders", "Coaching", "JSONValues", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "WeatherTests",
            dependencies: [
                "Weather", "TestSupport",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "TelemetryCore", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App", "TestSupport", "PDFTesting", "AuthJS", "Storage", "TelemetryCore", "Coaching", "JSONValues", "Benchmarks",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
    ]
)
