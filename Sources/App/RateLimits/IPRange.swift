import NIOCore

/// An IP address or CIDR range (`10.0.0.0/8`, `2001:db8::/32`, `127.0.0.1`), for trusted-proxy checks.
struct IPRange: Sendable, Equatable {
    let network: [UInt8]
    let prefixLength: Int

    init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
        guard let address = IPRange.bytes(of: parts[0]) else { return nil }
        let maxPrefix = address.count * 8
        if parts.count == 2 {
            guard let prefix = Int(parts[1]), (0...maxPrefix).contains(prefix) else { return nil }
            prefixLength = prefix
        } else {
            prefixLength = maxPrefix
        }
        network = address
    }

    /// Whether `address` (text form) lies in the range; a different address family never does.
    func contains(_ address: String) -> Bool {
        guard let bytes = IPRange.bytes(of: address), bytes.count == network.count else { return false }
        var remaining = prefixLength
        for (candidate, base) in zip(bytes, network) where remaining > 0 {
            let bits = min(8, remaining)
            let mask: UInt8 = bits == 8 ? 0xFF : ~(0xFF >> UInt8(bits))
            if candidate & mask != base & mask { return false }
            remaining -= bits
        }
        return true
    }

    /// The 4 or 16 bytes of an IP address in text form (an IPv4-mapped IPv6 address counts as IPv4).
    static func bytes(of text: String) -> [UInt8]? {
        guard let address = try? SocketAddress(ipAddress: text, port: 0) else { return nil }
        switch address {
        case .v4(let v4):
            return withUnsafeBytes(of: v4.address.sin_addr.s_addr) { Array($0) }
        case .v6(let v6):
            let bytes = withUnsafeBytes(of: v6.address.sin6_addr) { Array($0) }
            if bytes.prefix(10).allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF { return Array(bytes.suffix(4)) }
            return bytes
        default:
            return nil
        }
    }
}
