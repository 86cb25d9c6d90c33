/// `nn.init.orthogonal_` (Saxe et al., 2014): a (semi-)orthogonal weight times `gain`.
///
/// As PyTorch: draw a `fanOut × fanIn` standard-normal matrix (row-major), transpose it when it
/// is wide, take its reduced QR decomposition, multiply each column of Q by the sign of R's
/// diagonal entry (making the decomposition unique), transpose back, scale by `gain`. Rows
/// (wide weights) or columns (tall) are orthonormal. QR is Householder's, in Double.
public struct Orthogonal: Initializer {
    public let gain: Double

    public init(gain: Double) { self.gain = gain }

    public func weights(fanOut: Int, fanIn: Int, using stream: inout RandomStream) -> [Float] {
        let drawn = (0..<(fanOut * fanIn)).map { _ in stream.normal() }
        let wide = fanOut < fanIn
        // M is p × q with p ≥ q: the drawn matrix, or its transpose when wide.
        let p = wide ? fanIn : fanOut
        let q = wide ? fanOut : fanIn
        var m = [Double](repeating: 0, count: p * q)
        for i in 0..<fanOut {
            for j in 0..<fanIn {
                if wide { m[j * q + i] = drawn[i * fanIn + j] } else { m[i * q + j] = drawn[i * fanIn + j] }
            }
        }
        let factor = Householder.orthonormalFactor(of: m, rows: p, columns: q)
        var values = [Float](repeating: 0, count: fanOut * fanIn)
        for i in 0..<fanOut {
            for j in 0..<fanIn {
                let entry = wide ? factor[j * q + i] : factor[i * q + j]
                values[i * fanIn + j] = Float(gain * entry)
            }
        }
        return values
    }
}
