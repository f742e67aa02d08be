import CompressNIO
import NIOCore
import Storage

/// Stored files are gzip-compressed; the original is what the telemetry is rebuilt from.
enum StoredFileCodec {
    static func compress(_ bytes: [UInt8], filename: String) throws -> StoredFile {
        var buffer = ByteBuffer(bytes: bytes)
        let compressed = try buffer.compress(with: .gzip(configuration: ZlibConfiguration(compressionLevel: 1)))
        return StoredFile(filename: filename, encoding: .gzip, originalSize: bytes.count,
                          content: Array(compressed.readableBytesView))
    }

    static func decompress(_ file: StoredFile) throws -> [UInt8] {
        switch file.encoding {
        case .identity: return file.content
        case .gzip:
            var buffer = ByteBuffer(bytes: file.content)
            let inflated = try buffer.decompress(with: .gzip(), maxSize: max(file.originalSize, 1) + 1024)
            return Array(inflated.readableBytesView)
        }
    }
}
