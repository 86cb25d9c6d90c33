import CKernels
import Testing
@testable import LRConfig

@Suite struct ContentHashTests {
    /// FIPS 180-2 test vectors.
    @Test func knownDigests() {
        #expect(ContentHash.sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// Lengths around the padding boundaries (55, 56, 64 bytes…) and multi-block input; expected
    /// digests from Python's hashlib.
    @Test func paddingBoundariesAndLongInput() {
        #expect(ContentHash.sha256(String(repeating: "a", count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(ContentHash.sha256(String(repeating: "a", count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(ContentHash.sha256(String(repeating: "a", count: 63)) == "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34")
        #expect(ContentHash.sha256(String(repeating: "a", count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
        #expect(ContentHash.sha256(String(repeating: "a", count: 65)) == "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0")
        #expect(ContentHash.sha256(String(repeating: "a", count: 119)) == "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb")
        #expect(ContentHash.sha256(String(repeating: "a", count: 120)) == "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c")
        #expect(ContentHash.sha256(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(ContentHash.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(ContentHash.sha256((0..<10240).map { UInt8($0 % 256) }) == "e96760a87768717bcebcfd25ddc7d46b4dbc95a4b0014def080c08539f7d90d0")
    }
}

/// The SHA extensions and the portable loop give the same digests, however the message is
/// cut into updates and whether it arrives contiguous or byte by byte.
@Suite struct SHA256PathTests {
    static func digest(_ parts: [[UInt8]], extensions: Bool, contiguous: Bool = true) -> String {
        var hasher = SHA256(extensions: extensions)
        for part in parts {
            if contiguous { hasher.update(part) } else { hasher.update(part.lazy.map { $0 }) }
        }
        return ContentHash.hex(hasher.finalize())
    }

    @Test func pathsAndSplitsAgree() {
        var generator = SplitMix(seed: 42)
        for length in [0, 1, 55, 56, 63, 64, 65, 127, 128, 129, 1000, 4096, 10_007] {
            let message = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let expected = Self.digest([message], extensions: false, contiguous: false)
            #expect(Self.digest([message], extensions: true) == expected, "length \(length)")
            #expect(Self.digest([message], extensions: false) == expected, "length \(length)")
            var parts: [[UInt8]] = []
            var start = 0
            while start < length {
                let end = min(length, start + Int(generator.next() % 150))
                parts.append(Array(message[start..<end]))
                start = end
            }
            #expect(Self.digest(parts, extensions: true) == expected, "length \(length) in \(parts.count) parts")
            #expect(Self.digest(parts, extensions: false) == expected, "length \(length) in \(parts.count) parts")
        }
    }

    /// The FIPS 180-2 million-'a' vector on both paths (the extensions only where the CPU has them).
    @Test func millionA() {
        let message = [UInt8](repeating: 0x61, count: 1_000_000)
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(Self.digest([message], extensions: false) == expected)
        #expect(Self.digest([message], extensions: true) == expected)
        print("SHA-256 extensions available: \(lrk_sha256_extensions_available() == 1)")
    }

    private struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}

@Suite struct LengthPrefixedHashTests {
    /// Each part is its 8-byte big-endian length, then its bytes.
    @Test func framingIsLengthThenBytes() {
        let framed: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 2] + Array("ab".utf8) + [0, 0, 0, 0, 0, 0, 0, 0]
        #expect(ContentHash.sha256(lengthPrefixed: [Array("ab".utf8), []]) == ContentHash.sha256(framed))
    }

    /// Moving bytes from one part to the next changes the hash.
    @Test func boundariesMatter() {
        let split = ContentHash.sha256(lengthPrefixed: [Array("ab".utf8), Array("c".utf8)])
        #expect(split != ContentHash.sha256(lengthPrefixed: [Array("a".utf8), Array("bc".utf8)]))
        #expect(split != ContentHash.sha256(lengthPrefixed: [Array("abc".utf8)]))
        #expect(ContentHash.sha256(lengthPrefixed: []) != ContentHash.sha256(lengthPrefixed: [[]]))
    }
}
