import CompressNIO
import Hummingbird
import NIOCore
import Synchronization

/// An encoded JSON answer kept in a cache, with its gzip form made once, by the first request that accepts gzip
/// (every browser does), instead of on every response.
final class CachedBody: Sendable {
    let identity: ByteBuffer
    private let gzipForm = Mutex<ByteBuffer?>(nil)

    init(_ identity: ByteBuffer) { self.identity = identity }

    /// What a cache counts for this answer: its bytes, plus room for its gzip form (JSON of numbers compresses
    /// 2.2-5× at level 1, so half the size bounds it).
    var budgetBytes: Int { identity.readableBytes + identity.readableBytes / 2 }

    /// The gzip form, made on first use.
    func gzipped() throws -> ByteBuffer {
        if let made = gzipForm.withLock({ $0 }) { return made }
        let compressed = try GzipMiddleware.compress(identity)
        return gzipForm.withLock { stored in
            if let earlier = stored { return earlier }
            stored = compressed
            return compressed
        }
    }

    /// The answer for this request: gzip when the client accepts it and the body is worth compressing; `Vary` on both.
    func response(for request: Request) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/json", .vary: "Accept-Encoding"]
        guard identity.readableBytes >= GzipMiddleware.minimumSize, GzipMiddleware.acceptsGzip(request.headers[.acceptEncoding]) else {
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: identity))
        }
        headers[.contentEncoding] = "gzip"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: try gzipped()))
    }
}
