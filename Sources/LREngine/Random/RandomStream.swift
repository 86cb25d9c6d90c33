/// The one pseudo-random generator lrlab uses: xoshiro256** (Blackman & Vigna, 2018),
/// its 256-bit state filled from SplitMix64.
///
/// Every stream is derived from `(root seed, trial seed, stream name)` by
/// `RandomStream(root:trial:name:)`, so the numbers a trial sees depend on nothing else:
/// not on the process, the machine, the number of jobs or the order trials run in.
/// Never use `SystemRandomNumberGenerator` or Swift's `Hasher` in their place.
public struct RandomStream: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// The second value of the last polar-method pair, returned by the next `normal()`.
    private var spareNormal: Double?

    /// A generator whose state is SplitMix64's first four outputs from `seed`.
    public init(seed: UInt64) {
        var splitMix = SplitMix64(state: seed)
        s0 = splitMix.next()
        s1 = splitMix.next()
        s2 = splitMix.next()
        s3 = splitMix.next()
        // xoshiro's only bad state is all zeros; SplitMix64 never yields four zeros in a row.
    }

    /// The named stream of a trial: the seed is SplitMix64-mixed from the root seed, the
    /// trial seed and the FNV-1a 64 hash of the name's UTF-8 bytes.
    public init(root: UInt64, trial: UInt64 = 0, name: String) {
        self.init(seed: RandomStream.streamSeed(root: root, trial: trial, name: name))
    }

    /// The seed `init(root:trial:name:)` uses; stable across processes and machines.
    public static func streamSeed(root: UInt64, trial: UInt64, name: String) -> UInt64 {
        var mixer = SplitMix64(state: root)
        var seed = mixer.next()
        mixer = SplitMix64(state: seed ^ trial)
        seed = mixer.next()
        mixer = SplitMix64(state: seed ^ fnv1a64(name))
        return mixer.next()
    }

    /// FNV-1a, 64 bit: a stable hash for stream names (unlike `Hasher`, seeded per process).
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// Uniform on [0, 1) with 53 random bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform on [low, high).
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * uniform()
    }

    /// Uniform integer in 0..<bound, unbiased (Lemire's multiply-and-reject).
    public mutating func index(below bound: Int) -> Int {
        precondition(bound > 0, "index(below:) needs a positive bound")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }

    /// Standard normal by Marsaglia's polar method: only `log` and `sqrt`, no platform sampler.
    public mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let factor = (-2 * _log(s) / s).squareRoot()
                spareNormal = v * factor
                return u * factor
            }
        }
    }

    /// Normal with the given mean and standard deviation.
    public mutating func normal(mean: Double, std: Double) -> Double {
        mean + std * normal()
    }

    /// A uniformly random permutation of 0..<count (Fisher–Yates, from the back).
    public mutating func permutation(_ count: Int) -> [Int] {
        var result = Array(0..<count)
        shuffle(&result)
        return result
    }

    /// Shuffles in place (Fisher–Yates), with this generator's numbers only.
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, index(below: i + 1))
        }
    }

    /// One element chosen uniformly; nil for an empty array.
    public mutating func choice<T>(_ array: [T]) -> T? {
        array.isEmpty ? nil : array[index(below: array.count)]
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}

/// SplitMix64 (Steele, Lea & Flood, 2014): seeds xoshiro and mixes stream seeds.
public struct SplitMix64: Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
