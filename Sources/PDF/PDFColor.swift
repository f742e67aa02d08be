/// A DeviceRGB colour, each component in 0…1 (clamped when written).
public struct PDFColor: Sendable, Equatable, Hashable {
    /// Red component, 0…1.
    public var red: Double
    /// Green component, 0…1.
    public var green: Double
    /// Blue component, 0…1.
    public var blue: Double

    /// A colour from its three components (0…1).
    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from a 24-bit `0xRRGGBB` value.
    public init(hex: UInt32) {
        self.init(red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255, blue: Double(hex & 0xFF) / 255)
    }

    /// A grey level (0 black … 1 white).
    public init(gray: Double) { self.init(red: gray, green: gray, blue: gray) }

    /// Black.
    public static let black = PDFColor(gray: 0)
    /// White.
    public static let white = PDFColor(gray: 1)

    /// The colour `t` of the way from `self` to `other` (t in 0…1).
    public func mixed(with other: PDFColor, _ t: Double) -> PDFColor {
        PDFColor(red: red + (other.red - red) * t, green: green + (other.green - green) * t, blue: blue + (other.blue - blue) * t)
    }
}
