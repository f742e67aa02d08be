import Foundation

/// Savitzky–Golay smoothing: a least-squares polynomial fit over each window, evaluated at the window's centre; the
/// first and last half-windows take the fit of the first and last whole window (client-extras.md §8.1 step 2).
public enum SavitzkyGolay {
    /// Smooths `xs`; shorter inputs than `window` (or an even window, or `order ≥ window`) come back unchanged.
    public static func smooth(_ xs: [Double], window: Int = 21, order: Int = 3) -> [Double] {
        guard window % 2 == 1, order >= 0, order < window, xs.count >= window else { return xs }
        let h = hatMatrix(window: window, order: order)
        let half = window / 2, n = xs.count
        var out = xs
        func fitted(row: Int, windowStart: Int) -> Double {
            var s = 0.0
            for j in 0..<window { s += h[row][j] * xs[windowStart + j] }
            return s
        }
        for i in 0..<n {
            if i < half { out[i] = fitted(row: i, windowStart: 0) }
            else if i >= n - half { out[i] = fitted(row: i - (n - window), windowStart: n - window) }
            else { out[i] = fitted(row: half, windowStart: i - half) }
        }
        return out
    }

    /// H = X (XᵀX)⁻¹ Xᵀ for the Vandermonde matrix X of positions −half…half: row k maps a window to its fit at k.
    static func hatMatrix(window: Int, order: Int) -> [[Double]] {
        let half = window / 2, p = order + 1
        let x = (0..<window).map { j in (0..<p).map { pow(Double(j - half), Double($0)) } }
        var a = (0..<p).map { r in (0..<p).map { c in (0..<window).reduce(0.0) { $0 + x[$1][r] * x[$1][c] } } }
        var b = (0..<p).map { r in (0..<window).map { x[$0][r] } }
        for col in 0..<p {
            let pivot = (col..<p).max { abs(a[$0][col]) < abs(a[$1][col]) }!
            a.swapAt(col, pivot)
            b.swapAt(col, pivot)
            for r in 0..<p where r != col {
                let f = a[r][col] / a[col][col]
                for c in 0..<p { a[r][c] -= f * a[col][c] }
                for c in 0..<window { b[r][c] -= f * b[col][c] }
            }
        }
        let coefficients = (0..<p).map { r in b[r].map { $0 / a[r][r] } }
        return (0..<window).map { k in (0..<window).map { j in (0..<p).reduce(0.0) { $0 + x[k][$1] * coefficients[$1][j] } } }
    }
}
