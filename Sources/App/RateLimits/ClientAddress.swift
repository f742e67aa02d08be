import HTTPTypes
import NIOCore

/// The client IP a request is counted under: the peer address, unless the peer is a trusted proxy, in which case the
/// right-most `X-Forwarded-For` hop that is not itself a trusted proxy (hops further left can be forged by the client).
struct ClientAddress: Sendable {
    let trustedProxies: [IPRange]

    init(trustedProxies: [String]) {
        self.trustedProxies = trustedProxies.compactMap(IPRange.init)
    }

    func resolve(peer: SocketAddress?, headers: HTTPFields) -> String {
        guard let peerIP = peer?.ipAddress.map(IPRange.normalized) else { return "unknown" }
        guard isTrusted(peerIP) else { return peerIP }
        let hops = headers[values: .xForwardedFor]
            .flatMap { $0.split(separator: ",") }
            .map { IPRange.normalized($0.trimmingCharacters(in: .whitespaces)) }
        for hop in hops.reversed() {
            guard IPRange.bytes(of: hop) != nil else { return peerIP }
            if !isTrusted(hop) { return hop }
        }
        return hops.first ?? peerIP
    }

    private func isTrusted(_ ip: String) -> Bool { trustedProxies.contains { $0.contains(ip) } }
}

extension IPRange {
    /// The key a client's requests are counted under: the IPv4 address, or the IPv6 /64 it lies in (one
    /// subscriber usually holds a whole /64, so counting single IPv6 addresses would let a client rotate freely).
    static func rateLimitKey(_ ip: String) -> String {
        guard let bytes = bytes(of: ip), bytes.count == 16 else { return ip }
        let groups = stride(from: 0, to: 8, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
        return groups.joined(separator: ":") + "::/64"
    }

    /// Text form used as a counter key (IPv4-mapped IPv6 written as IPv4).
    static func normalized(_ ip: String) -> String {
        if ip.lowercased().hasPrefix("::ffff:"), let bytes = bytes(of: ip), bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        return ip
    }
}

extension HTTPField.Name {
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
    /// A share token presented outside the sharing routes (the request then acts as that share principal).
    static let xShareToken = HTTPField.Name("X-Share-Token")!
}
