import Hummingbird

/// Short random request ids for logs and the `X-Request-ID` header.
enum RequestID {
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(generator.next() as UInt64, radix: 36)
    }
}
