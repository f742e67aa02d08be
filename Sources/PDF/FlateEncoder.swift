import CompressNIO
import NIOCore

/// FlateDecode stream data: the zlib format (RFC 1950), made by compress-nio's zlib.
enum FlateEncoder {
    /// zlib level 2: on a report's content streams (numbers, mostly) it is about six times as fast as the default level
    /// 6 for about 12 % more bytes.
    static let level: Int32 = 2

    /// `bytes` compressed, or `nil` if zlib fails (the caller then writes the stream uncompressed).
    static func compress(_ bytes: [UInt8]) -> [UInt8]? {
        var input = ByteBuffer(bytes: bytes)
        guard let output = try? input.compress(with: .zlib(configuration: ZlibConfiguration(compressionLevel: level))) else {
            return nil
        }
        return Array(output.readableBytesView)
    }
}
