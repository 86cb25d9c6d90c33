/// Householder QR in Double, for the orthogonal initialiser.
enum Householder {
    /// The Q of the reduced QR decomposition `M = Q·R` of a row-major `rows × columns` matrix
    /// (`rows ≥ columns`), with each column multiplied by the sign of `R`'s diagonal entry so
    /// that R's diagonal is non-negative (zero counts as positive). Row-major `rows × columns`.
    static func orthonormalFactor(of matrix: [Double], rows p: Int, columns q: Int) -> [Double] {
        var a = matrix
        var reflectors = [[Double]]()
        var diagonal = [Double](repeating: 0, count: q)
        for k in 0..<q {
            var norm = 0.0
            for i in k..<p { norm += a[i * q + k] * a[i * q + k] }
            norm = norm.squareRoot()
            var v = [Double](repeating: 0, count: p - k)
            guard norm > 0 else {
                reflectors.append(v)
                diagonal[k] = 0
                continue
            }
            let x0 = a[k * q + k]
            let alpha = x0 >= 0 ? -norm : norm
            for i in k..<p { v[i - k] = a[i * q + k] }
            v[0] -= alpha
            var vNorm = 0.0
            for value in v { vNorm += value * value }
            vNorm = vNorm.squareRoot()
            if vNorm > 0 { for i in v.indices { v[i] /= vNorm } }
            // A ← (I − 2vvᵀ)·A on rows k…, columns k….
            for j in k..<q {
                var projection = 0.0
                for i in k..<p { projection += v[i - k] * a[i * q + j] }
                for i in k..<p { a[i * q + j] -= 2 * v[i - k] * projection }
            }
            diagonal[k] = alpha
            reflectors.append(v)
        }
        // Q = H₀·H₁·…·H_{q−1} applied to the first q columns of the identity.
        var factor = [Double](repeating: 0, count: p * q)
        for j in 0..<q { factor[j * q + j] = 1 }
        for k in stride(from: q - 1, through: 0, by: -1) {
            let v = reflectors[k]
            for j in 0..<q {
                var projection = 0.0
                for i in k..<p { projection += v[i - k] * factor[i * q + j] }
                if projection == 0 { continue }
                for i in k..<p { factor[i * q + j] -= 2 * v[i - k] * projection }
            }
        }
        for j in 0..<q where diagonal[j] < 0 {
            for i in 0..<p { factor[i * q + j] = -factor[i * q + j] }
        }
        return factor
    }
}
