import CKernels

/// Scales `gradients` in place so their global L2 norm is at most `maxNorm`, and returns the
/// norm before clipping, as `torch.nn.utils.clip_grad_norm_` (norm type 2).
///
///     ‖g‖ = √(Σᵢ gᵢ²),   c = min(maxNorm / (‖g‖ + 10⁻⁶), 1),   g ← c·g
///
/// The sum runs in Double in index order, so the result is reproducible. As in PyTorch a
/// non-finite norm makes `c` non-finite too, and the trainer's divergence check sees it.
@discardableResult
public func clipGradientNorm(_ gradients: inout [Float], maxNorm: Double) -> Double {
    var sum = 0.0
    for g in gradients { sum += Double(g) * Double(g) }
    let norm = sum.squareRoot()
    let coefficient = maxNorm / (norm + 1e-6)
    // `c < 1` also rejects NaN; only then is the multiplication not a no-op.
    if !(coefficient >= 1) {
        let c = Float(coefficient)
        let path = KernelPath.active
        gradients.withUnsafeMutableBufferPointer { g in
            if let base = g.baseAddress { lrk_scale(path.code, base, g.count, c) }
        }
    }
    return norm
}
