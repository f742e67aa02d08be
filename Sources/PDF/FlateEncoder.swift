import CompressNIO
import NIOCore

/// FlateDecode stream data: the zlib format (RFC 1950), made by compress-nio's zlib.
enum FlateEncoder {
    /// `bytes` compressed, or `nil` if zlib fails (the caller then writes the stream uncompressed).
    static func compress(_ bytes: [UInt8]) -> [UInt8]? {
        var input = ByteBuffer(bytes: bytes)
        guard let output = try? input.compress(with: .zlib(configuration: ZlibConfiguration(compressionLevel: 6))) else {
            return nil
        }
        return Array(output.readableBytesView)
    }
}
