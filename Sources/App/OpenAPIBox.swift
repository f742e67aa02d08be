import Foundation

/// Holds the generated description; written once during build, read by the handler afterwards.
final class OpenAPIBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: OpenAPIDocument?

    var document: OpenAPIDocument {
        get { lock.withLock { stored! } }
        set { lock.withLock { stored = newValue } }
    }
}
