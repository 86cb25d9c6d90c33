import CKernels

/// SHA-256 (FIPS 180-4), written out so that hashing needs no cryptography package: lrlab
/// hashes for identity and integrity (cache keys, trial ids, bundle files), never for secrecy.
/// Whole blocks go to `lrk_sha256_blocks`, which uses the CPU's SHA extensions where it has
/// them; `extensions: false` forces the portable loop (the same digests, for tests).
package struct SHA256 {
    private var state: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]
    /// The bytes of a block not yet complete (fewer than 64).
    private var block: [UInt8] = []
    private var length: UInt64 = 0
    private let extensions: Int32

    package init() { self.init(extensions: true) }

    package init(extensions: Bool) {
        block.reserveCapacity(64)
        self.extensions = extensions ? 1 : 0
    }

    /// Adds `bytes` to the message.
    package mutating func update(_ bytes: some Sequence<UInt8>) {
        let contiguous: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        guard contiguous == nil else { return }
        for byte in bytes {
            block.append(byte)
            length &+= 1
            if block.count == 64 { compressBlock() }
        }
    }

    /// Adds the bytes in `buffer`: whole blocks straight from it, the rest through `block`.
    package mutating func update(_ buffer: UnsafeRawBufferPointer) {
        guard let base = buffer.baseAddress else { return }
        length &+= UInt64(buffer.count)
        var offset = 0
        if !block.isEmpty {
            let taken = min(64 - block.count, buffer.count)
            block.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[0..<taken]))
            offset = taken
            if block.count == 64 { compressBlock() }
        }
        let whole = (buffer.count - offset) / 64
        if whole > 0 {
            let start = base.advanced(by: offset).assumingMemoryBound(to: UInt8.self)
            compress(start, blocks: whole)
            offset += whole * 64
        }
        block.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[offset...]))
    }

    /// The 32-byte digest of everything added so far.
    package consuming func finalize() -> [UInt8] {
        let bitLength = length &* 8
        block.append(0x80)
        if block.count > 56 {
            block += [UInt8](repeating: 0, count: 64 - block.count)
            compressBlock()
        }
        block += [UInt8](repeating: 0, count: 56 - block.count)
        for shift in stride(from: 56, through: 0, by: -8) { block.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        compressBlock()
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for word in state {
            for shift in stride(from: 24, through: 0, by: -8) { digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
        }
        return digest
    }

    /// Compresses the full `block` and empties it.
    private mutating func compressBlock() {
        let extensions = self.extensions
        block.withUnsafeBufferPointer { bytes in
            state.withUnsafeMutableBufferPointer { lrk_sha256_blocks(extensions, $0.baseAddress!, bytes.baseAddress!, 1) }
        }
        block.removeAll(keepingCapacity: true)
    }

    private mutating func compress(_ blocks: UnsafePointer<UInt8>, blocks count: Int) {
        let extensions = self.extensions
        state.withUnsafeMutableBufferPointer { lrk_sha256_blocks(extensions, $0.baseAddress!, blocks, count) }
    }
}
