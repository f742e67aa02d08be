import Foundation

/// Unpadded base64url (RFC 4648 §5) with a strict alphabet, as JOSE uses it.
enum Base64URL {
    /// Encodes bytes as base64url without `=` padding.
    static func encode(_ bytes: some DataProtocol) -> String {
        var text = Data(bytes).base64EncodedString()
        while text.last == "=" { text.removeLast() }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "+": out.append("-")
            case "/": out.append("_")
            default: out.append(ch)
            }
        }
        return out
    }

    /// Decodes unpadded base64url. Returns `nil` for any character outside
    /// `A-Z a-z 0-9 - _` (padding `=` included) or an impossible length.
    static func decode(_ text: Substring) -> [UInt8]? {
        var standard = [UInt8]()
        standard.reserveCapacity(text.utf8.count + 3)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                standard.append(byte)
            case UInt8(ascii: "-"):
                standard.append(UInt8(ascii: "+"))
            case UInt8(ascii: "_"):
                standard.append(UInt8(ascii: "/"))
            default:
                return nil
            }
        }
        switch standard.count % 4 {
        case 0: break
        case 1: return nil
        case 2: standard.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "=")])
        default: standard.append(UInt8(ascii: "="))
        }
        guard let data = Data(base64Encoded: Data(standard)) else { return nil }
        return [UInt8](data)
    }

    /// Convenience overload for whole strings.
    static func decode(_ text: String) -> [UInt8]? {
        decode(text[...])
    }
}
